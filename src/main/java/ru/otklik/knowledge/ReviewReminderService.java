package ru.otklik.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.otklik.knowledge.api.DueReviews;
import ru.otklik.knowledge.api.WorkingDays;
import ru.otklik.notifications.Addressee;
import ru.otklik.notifications.ChannelChoice;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notice;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationService;
import ru.otklik.shared.time.TimeConfig;

/**
 * §35: each working morning, the head of every unit gets one e-mail listing the unit's knowledge
 * base sections that are due soon or overdue for review. Each section is named once per due date:
 * the next reminder about it comes only after a review has moved its due date.
 */
@ApplicationScoped
public class ReviewReminderService {

    private static final Logger LOG = Logger.getLogger(ReviewReminderService.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'года'", Locale.forLanguageTag("ru"));

    private final SectionService sections;
    private final DepartmentRepository departments;
    private final NotificationService notifications;
    private final WorkingDays workingDays;
    private final EntityManager em;
    private final Clock clock;
    private final int daysAhead;

    ReviewReminderService(SectionService sections, DepartmentRepository departments, NotificationService notifications,
            WorkingDays workingDays, EntityManager em, Clock clock,
            @ConfigProperty(name = "otklik.knowledge.review-reminders.days-ahead", defaultValue = "3") int daysAhead) {
        this.sections = sections;
        this.departments = departments;
        this.notifications = notifications;
        this.workingDays = workingDays;
        this.em = em;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @Scheduled(identity = "knowledge-review-reminders", cron = "{otklik.knowledge.review-reminders.cron}",
            timeZone = "Asia/Novosibirsk", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        remindNow();
    }

    /** Queues today's reminders. */
    public int remindNow() {
        return remind(LocalDate.now(clock.withZone(TimeConfig.DEPARTMENT_ZONE)));
    }

    /** The reminders of {@code today}; returns how many heads were reminded (0 on a non-working day). */
    @Transactional
    public int remind(LocalDate today) {
        if (!workingDays.isWorkingDay(today)) {
            return 0;
        }
        // One run at a time across instances, so two cannot both find a section not yet reminded.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('kb_review_reminder'))").getSingleResult();
        int reminded = 0;
        for (DueReviews.DepartmentDue unit : sections.due(daysAhead, today).departments()) {
            Department d = departments.findById(unit.departmentCode());
            if (d == null || d.headEmail == null || d.headEmail.isBlank()) {
                LOG.warnf("Knowledge sections of %s are due for review, but the unit has no head e-mail", unit.departmentCode());
                continue;
            }
            List<DueReviews.SectionDue> fresh = new ArrayList<>();
            for (DueReviews.SectionDue s : unit.sections()) {
                int inserted = em.createNativeQuery("""
                        insert into kb_review_reminder (section_id, due_on, reminded_at, recipient)
                        values (:section, :due, :at, :recipient) on conflict do nothing""")
                        .setParameter("section", s.sectionId())
                        .setParameter("due", s.dueOn())
                        .setParameter("at", clock.instant())
                        .setParameter("recipient", d.headEmail)
                        .executeUpdate();
                if (inserted == 1) {
                    fresh.add(s);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            String key = fresh.stream().map(s -> s.sectionId() + "@" + s.dueOn()).sorted().collect(Collectors.joining(","));
            notifications.enqueue(Notice.of(NotificationKind.KB_REVIEW_REMINDER,
                            "kb_review_reminder:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
                    .to(new Addressee("коллеги", d.headEmail, null, null, null))
                    .channels(ChannelChoice.only(DeliveryChannel.EMAIL))
                    .value("departmentName", d.name)
                    .value("sections", fresh.stream().map(ReviewReminderService::line).collect(Collectors.joining("\n")))
                    .build());
            reminded++;
        }
        LOG.infof("Knowledge review reminders queued for %d unit heads", reminded);
        return reminded;
    }

    private static String line(DueReviews.SectionDue s) {
        return "«" + s.title() + "» — до " + DATE.format(s.dueOn())
                + ("overdue".equals(s.state()) ? " (просрочено на " + s.daysOverdue() + " дн.)" : "");
    }
}
