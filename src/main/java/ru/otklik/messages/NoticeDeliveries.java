package ru.otklik.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import ru.otklik.notifications.NotificationSent;

/**
 * Follows the delivery of notices about messages: the §10 primary response acknowledges the
 * message, a delivered final notice closes it. Runs after the dispatcher's transaction committed,
 * in a transaction of its own, and tolerates the same delivery reported twice.
 */
@ApplicationScoped
public class NoticeDeliveries {

    private static final Logger LOG = Logger.getLogger(NoticeDeliveries.class);

    private final WorkflowService workflow;

    NoticeDeliveries(WorkflowService workflow) {
        this.workflow = workflow;
    }

    void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationSent sent) {
        if (sent.messageId() == null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> workflow.delivered(sent));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Delivery of notification %s not applied to message %s", sent.notificationId(), sent.messageId());
        }
    }
}
