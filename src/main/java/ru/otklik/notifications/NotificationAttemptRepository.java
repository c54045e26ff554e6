package ru.otklik.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** The attempt log: opening, closing and reading delivery attempts. */
@ApplicationScoped
public class NotificationAttemptRepository implements PanacheRepository<NotificationAttempt> {

    /** An attempt still 'in progress' when its row is claimed again was cut off by a crash. */
    public int markInterrupted(Collection<UUID> notificationIds, Instant now) {
        if (notificationIds.isEmpty()) {
            return 0;
        }
        return update("outcome = ?1, finishedAt = ?2, detail = ?3 where notificationId in ?4 and outcome = ?5",
                NotificationAttempt.Outcome.INTERRUPTED.code(), now,
                "Отправка прервана: исполнитель остановился, не записав результат. Возможно, канал уже принял"
                        + " сообщение; повтор идёт с тем же идентификатором (Message-ID).",
                notificationIds, NotificationAttempt.Outcome.IN_PROGRESS.code());
    }

    /** Closes an attempt that is still in progress; one already marked interrupted stays so. */
    public int finish(UUID notificationId, int attemptNo, NotificationAttempt.Outcome outcome, Instant now,
            String detail) {
        return update("outcome = ?1, finishedAt = ?2, detail = ?3 where notificationId = ?4 and attemptNo = ?5"
                + " and outcome = ?6", outcome.code(), now, detail, notificationId, attemptNo,
                NotificationAttempt.Outcome.IN_PROGRESS.code());
    }

    public List<NotificationAttempt> of(UUID notificationId) {
        return list("notificationId", Sort.by("attemptNo").and("id"), notificationId);
    }
}
