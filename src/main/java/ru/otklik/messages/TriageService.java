package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.calendar.Deadline;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.knowledge.DepartmentService;
import ru.otklik.messages.api.TriageDecision;
import ru.otklik.messages.api.TriageSuggestion;
import ru.otklik.messages.api.WorkflowView;
import ru.otklik.security.CurrentUser;
import ru.otklik.shared.problem.ProblemException;

/**
 * Triage (§7–§9): suggestions at registration, and the staff decision that confirms or corrects
 * them. Every decision is kept as training data and taught to the suggester at once; at start-up
 * the suggester re-learns all stored decisions, so what staff taught survives a restart.
 */
@ApplicationScoped
public class TriageService {

    private static final Logger LOG = Logger.getLogger(TriageService.class);

    private final TriageAdvisor advisor;
    private final MessageStory story;
    private final WorkflowService workflow;
    private final DeadlineService deadlines;
    private final DepartmentService departments;
    private final Clock clock;

    TriageService(TriageAdvisor advisor, MessageStory story, WorkflowService workflow, DeadlineService deadlines,
            DepartmentService departments, Clock clock) {
        this.advisor = advisor;
        this.story = story;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.departments = departments;
        this.clock = clock;
    }

    void relearn(@Observes StartupEvent event) {
        List<Object[]> decisions = QuarkusTransaction.requiringNew().call(() -> TriageCorrection.getEntityManager()
                .createQuery("select c.text, c.chosenTopic from TriageCorrection c order by c.id", Object[].class)
                .getResultList());
        decisions.forEach(d -> advisor.learn((String) d[0], (String) d[1]));
        if (!decisions.isEmpty()) {
            LOG.infof("Topic suggester re-learned %d staff decision(s)", decisions.size());
        }
    }

    /**
     * The suggestions for a message about to be stored: set before the insert, so the row is
     * written once rather than inserted and then updated.
     */
    void suggest(Message m) {
        m.triageSuggestion = advisor.advise(m.text, m.receivedAt);
    }

    /** Called once a message with its suggestions is persisted: the story starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRegistered(Message m) {
        story.record(m, MessageStory.SYSTEM, MessageEventKind.REGISTERED,
                "registrationNumber", m.registrationNumber, "channel", m.intakeChannel, "dueAt", m.dueAt.toString(),
                "dueRule", m.dueRule);
        if (m.acknowledged) {
            story.record(m, MessageStory.SYSTEM, MessageEventKind.NOTICE_QUEUED, "notice", "primary_response");
        }
        TriageSuggestion s = m.triageSuggestion;
        story.record(m, MessageStory.SYSTEM, MessageEventKind.TRIAGE_SUGGESTED,
                "topics", s.topics().stream().map(t -> t.code() + " " + Math.round(t.confidence() * 100) + "%").toList(),
                "urgent", s.urgency().urgent(), "abuse", s.abuse().verdict(), "departmentCode", s.departmentCode());
    }

    /** §7–§9: staff confirm or correct the suggestion; the confirmed values drive the work. */
    @Transactional
    public WorkflowView decide(UUID id, TriageDecision d, CurrentUser user) {
        Message m = workflow.load(id, d.version());
        workflow.requireWorkable(m, user);
        if (!MessageTransitions.OPEN.contains(m.status)) {
            throw new ProblemException("message-finished", 409, "Работа над обращением закончена",
                    "Разбор можно менять, пока обращение в работе; сейчас оно в состоянии «"
                            + MessageTransitions.label(m.status) + "».");
        }
        if (!advisor.knowsTopic(d.topicCode())) {
            throw ProblemException.invalid("topicCode", "Нет такой темы в классификаторе");
        }
        if (departments.find(d.departmentCode()).isEmpty()) {
            throw ProblemException.invalid("departmentCode", "Нет такого подразделения");
        }
        String actor = user.subject().orElse(user.name());
        Instant now = clock.instant();
        TriageSuggestion s = m.triageSuggestion;
        String suggestedTopic = s == null || s.topics().isEmpty() ? null : s.topics().get(0).code();
        boolean accepted = s != null && d.topicCode().equals(suggestedTopic)
                && d.urgent() == s.urgency().urgent()
                && d.abuse().equals(s.abuse().verdict())
                && d.departmentCode().equals(s.departmentCode());

        TriageCorrection c = new TriageCorrection();
        c.messageId = m.id;
        c.text = m.text;
        c.suggestedTopic = suggestedTopic;
        c.chosenTopic = d.topicCode();
        c.accepted = d.topicCode().equals(suggestedTopic);
        c.decidedBy = actor;
        c.decidedAt = now;
        c.persist();
        advisor.learn(m.text, d.topicCode());

        boolean urgencyChanged = m.urgent != d.urgent();
        m.topicCode = d.topicCode();
        m.urgent = d.urgent();
        m.abuse = d.abuse();
        if (m.executor == null || Objects.equals(m.departmentCode, d.departmentCode())) {
            m.departmentCode = d.departmentCode();
        }
        m.triagedAt = now;
        m.triagedBy = actor;
        story.record(m, actor, accepted ? MessageEventKind.TRIAGE_CONFIRMED : MessageEventKind.TRIAGE_CORRECTED,
                "topicCode", d.topicCode(), "suggestedTopic", suggestedTopic, "urgent", d.urgent(), "abuse", d.abuse(),
                "departmentCode", d.departmentCode());
        if (urgencyChanged && m.extendedAt == null) {
            // §8: urgent means at most five working days from receipt; back to the legal term otherwise
            Deadline due = deadlines.compute(d.urgent() ? DeadlineRule.URGENT_ANSWER : DeadlineRule.APPEAL_ANSWER,
                    m.receivedAt);
            String previous = m.dueAt.toString();
            m.dueAt = due.due();
            m.dueRule = due.rule().code();
            m.dueCalendarVersion = due.calendarVersion();
            m.dueProvisional = due.provisional();
            story.record(m, actor, MessageEventKind.TERM_CHANGED, "from", previous, "to", m.dueAt.toString(),
                    "rule", due.rule().code(), "clause", due.rule().clause());
        }
        LOG.infof("Message %s triaged by %s: %s, urgent=%s, abuse=%s, %s", m.registrationNumber, actor, d.topicCode(),
                d.urgent(), d.abuse(), accepted ? "suggestion accepted" : "corrected");
        return workflow.saved(m, user);
    }
}
