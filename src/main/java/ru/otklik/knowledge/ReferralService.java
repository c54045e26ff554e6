package ru.otklik.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.knowledge.api.ReferralRequest;
import ru.otklik.knowledge.api.ReferralView;
import ru.otklik.shared.problem.ProblemException;

/** The directory of authorities to refer callers to when a question is outside the department's powers (§29). */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    private final ReferralRepository referrals;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Transactional
    public List<ReferralView> search(String q, String topic) {
        return referrals.search(blankToNull(q), blankToNull(topic)).stream().map(ReferralService::view).toList();
    }

    @Transactional
    public ReferralView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public ReferralView create(ReferralRequest request, String user) {
        if (referrals.nameTaken(request.name().strip(), null)) {
            throw ProblemException.invalid("name", "Такая запись в справочнике уже есть");
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        apply(r, request, user);
        referrals.persist(r);
        LOG.infof("Referral %s «%s» added by %s", r.id, r.name, user);
        return view(r);
    }

    @Transactional
    public ReferralView update(UUID id, ReferralRequest request, String user) {
        Referral r = find(id);
        if (referrals.nameTaken(request.name().strip(), id)) {
            throw ProblemException.invalid("name", "Такая запись в справочнике уже есть");
        }
        apply(r, request, user);
        LOG.infof("Referral %s updated by %s", r.id, user);
        return view(r);
    }

    private void apply(Referral r, ReferralRequest q, String user) {
        r.name = q.name().strip();
        r.level = q.level();
        r.competence = q.competence().strip();
        r.topics = cleaned(q.topics());
        r.address = blankToNull(q.address());
        r.phones = cleaned(q.phones());
        r.email = blankToNull(q.email());
        r.website = blankToNull(q.website());
        r.notes = blankToNull(q.notes());
        r.updatedAt = clock.instant();
        r.updatedBy = user;
    }

    private Referral find(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Запись справочника не найдена."));
    }

    private static ReferralView view(Referral r) {
        return new ReferralView(r.id, r.name, r.level, r.competence, List.copyOf(r.topics), r.address,
                List.copyOf(r.phones), r.email, r.website, r.notes);
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
