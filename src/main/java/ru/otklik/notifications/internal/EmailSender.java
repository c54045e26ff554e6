package ru.otklik.notifications.internal;

import java.util.concurrent.CompletionException;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.notifications.DeliveryChannel;

/**
 * E-mail over SMTP with HTML and plain-text bodies. The Message-ID is the notification's own,
 * so a resend after a crash is the same message to every mail system that deduplicates by it.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public SendResult send(Dispatch d) {
        Mail mail = new Mail()
                .addTo(d.recipient())
                .setSubject(d.subject())
                .setText(d.bodyText())
                .setHtml(d.bodyHtml())
                .addHeader("Message-ID", d.emailMessageId())
                .addHeader("Auto-Submitted", "auto-generated");
        for (Dispatch.Attached file : d.attachments()) {
            mail.addAttachment(file.fileName(), file.content(), file.contentType());
        }
        try {
            mailer.send(mail);
            return SendResult.sent(d.emailMessageId());
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            if (smtp != null && smtp.isPermanent()) {
                return SendResult.failed("Почтовый сервер отказал окончательно (" + smtp.getReplyCode() + "): "
                        + smtp.getReplyMessage());
            }
            if (smtp != null) {
                return SendResult.retry("Почтовый сервер временно отказал (" + smtp.getReplyCode() + "): "
                        + smtp.getReplyMessage());
            }
            return SendResult.retry("Почтовый сервер недоступен: " + rootMessage(e));
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException s) {
                return s;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
