package ru.otklik.notifications.internal;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.notifications.CallTask;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Letter;

/** Channels that deliver by writing to our own database, inside the dispatcher's transaction. */
final class LocalSenders {

    private LocalSenders() {
    }

    /** Portal: the notification row itself is the inbox entry; being sent makes it visible. */
    @ApplicationScoped
    static class Portal implements ChannelSender {
        public DeliveryChannel channel() {
            return DeliveryChannel.PORTAL;
        }

        public boolean local() {
            return true;
        }

        public SendResult send(Dispatch d) {
            return SendResult.sent("Доставлено в личный кабинет");
        }
    }

    /** Post: a printed letter queued for the mailroom, which marks it posted. */
    @ApplicationScoped
    static class Post implements ChannelSender {
        private final LetterRenderer renderer;
        private final Clock clock;

        Post(LetterRenderer renderer, Clock clock) {
            this.renderer = renderer;
            this.clock = clock;
        }

        public DeliveryChannel channel() {
            return DeliveryChannel.POST;
        }

        public boolean local() {
            return true;
        }

        public SendResult send(Dispatch d) {
            Letter letter = new Letter();
            letter.notificationId = d.id();
            letter.pdf = renderer.pdf(d.bodyHtml());
            letter.state = Letter.TO_PRINT;
            letter.createdAt = clock.instant();
            letter.persist();
            return SendResult.sent("Письмо передано на печать и отправку");
        }
    }

    /** Phone: a call for staff to make within the client's convenient windows. */
    @ApplicationScoped
    static class Phone implements ChannelSender {
        private final Clock clock;

        Phone(Clock clock) {
            this.clock = clock;
        }

        public DeliveryChannel channel() {
            return DeliveryChannel.PHONE;
        }

        public boolean local() {
            return true;
        }

        public SendResult send(Dispatch d) {
            CallTask task = new CallTask();
            task.notificationId = d.id();
            task.phone = d.recipient();
            task.state = CallTask.OPEN;
            task.createdAt = clock.instant();
            task.persist();
            return SendResult.sent("Звонок поставлен в список сотрудников");
        }
    }
}
