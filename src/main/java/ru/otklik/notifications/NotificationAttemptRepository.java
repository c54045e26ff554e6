package ru.otklik.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

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

    public Optional<NotificationAttempt> current(UUID notificationId, int attemptNo) {
        return find("notificationId = ?1 and attemptNo = ?2 and outcome = ?3", notificationId, attemptNo,
                NotificationAttempt.Outcome.IN_PROGRESS.code()).firstResultOptional();
    }

    public List<NotificationAttempt> of(UUID notificationId) {
        return list("notificationId", Sort.by("attemptNo").and("id"), notificationId);
    }
}
