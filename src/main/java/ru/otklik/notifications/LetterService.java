package ru.otklik.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.notifications.api.LetterView;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/** The mailroom's queue: letters of the post channel to print, and marking them posted. */
@ApplicationScoped
public class LetterService {

    private static final Logger LOG = Logger.getLogger(LetterService.class);

    private final NotificationRepository notifications;
    private final Clock clock;

    LetterService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Letters in a state, oldest first: the mailroom works in the order letters were queued. */
    @Transactional
    public List<LetterView> list(String state) {
        if (!Letter.TO_PRINT.equals(state) && !Letter.POSTED.equals(state)) {
            throw ProblemException.invalid("state", "Состояние — to_print или posted");
        }
        return Letter.<Letter>list("state = ?1 order by createdAt, notificationId", state).stream()
                .map(this::view).toList();
    }

    @Transactional
    public byte[] pdf(UUID id) {
        Letter letter = find(id);
        if (letter.pdf == null) {
            throw new ProblemException("letter-purged", 410, "Письмо удалено по сроку хранения",
                    "Текст письма удалён по сроку хранения; в журнале остались дата и адрес отправки.");
        }
        return letter.pdf;
    }

    /**
     * Marks a letter posted on the given day (today if none) with its tracking number, if it was
     * registered mail. The day can be neither before the letter was queued nor in the future.
     */
    @Transactional
    public LetterView markPosted(UUID id, LocalDate postedOn, String trackingNumber, String actor) {
        Letter letter = find(id);
        if (Letter.POSTED.equals(letter.state)) {
            throw new ProblemException("letter-already-posted", 409, "Письмо уже отправлено",
                    "Письмо отмечено отправленным " + RussianFormats.date(letter.postedAt) + " (" + letter.postedBy + ").");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.DEPARTMENT_ZONE));
        LocalDate queued = letter.createdAt.atZone(TimeConfig.DEPARTMENT_ZONE).toLocalDate();
        LocalDate day = postedOn == null ? today : postedOn;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("postedOn", "Дата отправки не может быть в будущем");
        }
        if (day.isBefore(queued)) {
            throw ProblemException.invalid("postedOn", "Письмо поставлено в очередь " + RussianFormats.date(queued)
                    + "; отправить его раньше нельзя");
        }
        letter.state = Letter.POSTED;
        letter.postedAt = clock.instant();
        letter.postedBy = actor;
        letter.postedOn = day;
        letter.trackingNumber = trackingNumber == null || trackingNumber.isBlank() ? null
                : trackingNumber.strip().toUpperCase(java.util.Locale.ROOT);
        LOG.infof("Letter %s posted by %s", id, actor);
        return view(letter);
    }

    private Letter find(UUID id) {
        Letter letter = Letter.findById(id);
        if (letter == null) {
            throw ProblemException.notFound("Письмо не найдено.");
        }
        return letter;
    }

    private LetterView view(Letter letter) {
        Notification n = notifications.findById(letter.notificationId);
        return new LetterView(letter.notificationId, n.kind, n.messageRef, n.recipientName, n.recipient, n.subject,
                letter.state, NotificationService.local(letter.createdAt), NotificationService.local(letter.postedAt),
                letter.postedBy, letter.postedOn, letter.trackingNumber);
    }
}
