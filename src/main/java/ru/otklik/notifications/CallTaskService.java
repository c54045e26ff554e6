package ru.otklik.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.notifications.api.CallTaskView;
import ru.otklik.shared.problem.ProblemException;

/** Calls staff owe clients for the phone channel, with the windows the client gave (§27). */
@ApplicationScoped
public class CallTaskService {

    private static final Logger LOG = Logger.getLogger(CallTaskService.class);

    private final NotificationRepository notifications;
    private final Clock clock;

    CallTaskService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public List<CallTaskView> list(String state) {
        if (!List.of(CallTask.OPEN, CallTask.REACHED, CallTask.UNREACHABLE).contains(state)) {
            throw ProblemException.invalid("state", "Состояние — open, reached или unreachable");
        }
        return CallTask.<CallTask>list("state = ?1 order by createdAt, notificationId", state).stream()
                .map(this::view).toList();
    }

    /** Closes a call; an unreachable client's notice stays visible so staff can re-route it. */
    @Transactional
    public CallTaskView close(UUID id, String outcome, String note, String actor) {
        CallTask task = CallTask.findById(id);
        if (task == null) {
            throw ProblemException.notFound("Звонок не найден.");
        }
        if (!CallTask.OPEN.equals(task.state)) {
            throw new ProblemException("call-already-closed", 409, "Звонок уже закрыт",
                    "Итог звонка уже записан: " + task.state + ".");
        }
        task.state = outcome;
        task.note = note == null || note.isBlank() ? null : note.strip();
        task.closedAt = clock.instant();
        task.closedBy = actor;
        LOG.infof("Call task %s closed as %s by %s", id, outcome, actor);
        return view(task);
    }

    private CallTaskView view(CallTask task) {
        Notification n = notifications.findById(task.notificationId);
        List<CallWindow> windows = n.callWindows == null ? List.of() : n.callWindows;
        String windowsText = windows.isEmpty() ? "рабочее время департамента"
                : windows.stream().map(CallWindow::describe).collect(Collectors.joining("; "));
        return new CallTaskView(task.notificationId, n.kind, n.messageRef, n.recipientName, task.phone, windows,
                windowsText, n.bodyText, task.state, NotificationService.local(task.createdAt),
                NotificationService.local(task.closedAt), task.closedBy, task.note);
    }
}
