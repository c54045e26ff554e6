package ru.otklik.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.clients.api.ClientRequest;
import ru.otklik.clients.api.ClientSummary;
import ru.otklik.clients.api.ClientView;
import ru.otklik.clients.api.ProfileRequest;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/** The client registry (§1–§3): clients' own profiles, staff search and cards, links from messages. */
@ApplicationScoped
public class ClientService {

    private static final Logger LOG = Logger.getLogger(ClientService.class);

    private final ClientRepository clients;
    private final EntityManager em;
    private final Clock clock;

    ClientService(ClientRepository clients, EntityManager em, Clock clock) {
        this.clients = clients;
        this.em = em;
        this.clock = clock;
    }

    /** The logged-in client's own profile, created from the token's name and e-mail on first use. */
    @Transactional
    public ClientView myProfile(CurrentUser user) {
        return view(clients.findById(ownClientId(user)));
    }

    @Transactional
    public ClientView updateMyProfile(CurrentUser user, ProfileRequest request) {
        if (request.type() == ClientType.INTERNAL) {
            throw ProblemException.invalid("type", "Сотрудника департамента регистрирует сотрудник, а не сам клиент на портале");
        }
        Client c = clients.findById(ownClientId(user));
        apply(c, request);
        checkUnique(c);
        return view(c);
    }

    /**
     * The id of the logged-in client's record, created when missing. Two first requests at once
     * both end with the same record: the insert yields to the unique portal account.
     */
    @Transactional
    public UUID ownClientId(CurrentUser user) {
        String subject = user.subject().orElseThrow(() -> new IllegalStateException("no subject for a client"));
        Optional<Client> existing = clients.byPortalSubject(subject);
        if (existing.isPresent()) {
            return existing.get().id;
        }
        Instant now = clock.instant();
        String email = user.claim("email").filter(e -> e.length() <= 254).orElse(null);
        String name = user.claim("name")
                .or(() -> user.claim("family_name").map(f -> (f + " " + user.claim("given_name").orElse("")).strip()))
                .or(() -> user.claim("preferred_username"))
                .orElse(user.name());
        em.createNativeQuery("""
                insert into client (id, type, name, email, portal_subject, preferred_channel, created_at, updated_at, version)
                values (:id, 'PERSON', :name, :email, :subject, 'PORTAL', :now, :now, 0)
                on conflict (portal_subject) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("name", name.length() > 200 ? name.substring(0, 200) : name)
                .setParameter("email", email)
                .setParameter("subject", subject)
                .setParameter("now", now)
                .executeUpdate();
        UUID id = clients.byPortalSubject(subject).orElseThrow().id;
        LOG.infof("Client %s created from the portal account on first use", id);
        return id;
    }

    @Transactional
    @PersonalDataAccess("client")
    public Page<ClientView> search(String q, PageRequest page) {
        String phone = q == null ? null : PhoneNumbers.toE164(q).orElse(null);
        return Page.of(clients.search(q, phone), page, ClientService::view);
    }

    @Transactional
    @PersonalDataAccess("client")
    public ClientView get(UUID id, CurrentUser user) {
        Client c = clients.findByIdOptional(id)
                .filter(found -> user.isStaff()
                        || found.portalSubject != null && user.subject().map(found.portalSubject::equals).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Клиент не найден."));
        return view(c);
    }

    @Transactional
    public ClientView create(ClientRequest request) {
        Client c = new Client();
        c.id = UUID.randomUUID();
        c.createdAt = clock.instant();
        apply(c, request);
        c.portalSubject = blankToNull(request.portalAccount());
        checkUnique(c);
        clients.persist(c);
        LOG.infof("Client %s registered by staff", c.id);
        return view(c);
    }

    @Transactional
    @PersonalDataAccess("client")
    public ClientView update(UUID id, ClientRequest request) {
        Client c = find(id);
        apply(c, request);
        c.portalSubject = blankToNull(request.portalAccount());
        checkUnique(c);
        return view(c);
    }

    /** Whether a client exists, for features that link their records to one. */
    @Transactional
    public boolean exists(UUID id) {
        return id != null && clients.count("id", id) > 0;
    }

    /** Who a message is from, for the message card; empty for an unlinked message. */
    @Transactional
    public Optional<ClientSummary> summary(UUID id) {
        return id == null ? Optional.empty() : clients.findByIdOptional(id).map(c -> new ClientSummary(c.id, c.type,
                c.name, c.inn, c.ogrn, c.unitName, c.email, c.phone));
    }

    private Client find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Клиент не найден."));
    }

    private void apply(Client c, ClientDetails d) {
        c.type = d.type();
        c.name = d.name().strip();
        c.unitName = d.type() == ClientType.INTERNAL ? blankToNull(d.unitName()) : null;
        c.inn = d.type() == ClientType.LEGAL_ENTITY ? blankToNull(d.inn()) : null;
        c.ogrn = d.type() == ClientType.LEGAL_ENTITY ? blankToNull(d.ogrn()) : null;
        c.email = blankToNull(d.email());
        c.phone = PhoneNumbers.toE164(d.phone()).orElse(null);
        c.postalAddress = blankToNull(d.postalAddress());
        c.preferredChannel = d.preferredChannel();
        c.additionalChannel = d.additionalChannel();
        c.updatedAt = clock.instant();
    }

    /** One record per organisation and per portal account; a second one is a conflict the caller must resolve. */
    private void checkUnique(Client c) {
        if (c.type == ClientType.LEGAL_ENTITY && c.inn != null && clients.innTakenByOther(c.inn, c.id)) {
            throw new ProblemException("client-duplicate-inn", 409, "Клиент с таким ИНН уже есть",
                    "Организация с ИНН " + c.inn + " уже зарегистрирована. Найдите её карточку и измените её.",
                    List.of(new FieldProblem("inn", "Этот ИНН уже есть у другого клиента")));
        }
        if (c.portalSubject != null && clients.portalSubjectTakenByOther(c.portalSubject, c.id)) {
            throw new ProblemException("client-duplicate-portal-account", 409, "Учётная запись портала уже привязана",
                    "Эта учётная запись портала принадлежит другому клиенту.",
                    List.of(new FieldProblem("portalAccount",
                            "Эта учётная запись уже привязана к другому клиенту")));
        }
    }

    private static ClientView view(Client c) {
        return new ClientView(c.id, c.type, c.name, c.unitName, c.inn, c.ogrn, c.email, c.phone, c.postalAddress,
                c.portalSubject, c.preferredChannel, c.additionalChannel, local(c.createdAt), local(c.updatedAt));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
