package ru.otklik.notifications.internal;

import java.util.concurrent.CompletionException;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.NotificationKind;

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
                .addHeader("Auto-Submitted", autoSubmitted(d.kind()));
        if (d.emailInReplyTo() != null) {
            // the client's mail program files our answer under their own letter
            mail.addHeader("In-Reply-To", d.emailInReplyTo());
            mail.addHeader("References", d.emailReferences() == null ? d.emailInReplyTo() : d.emailReferences());
        }
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

    /**
     * RFC 3834: the primary response (§10) answers the client's own message, so it is
     * "auto-replied"; every other notice is "auto-generated". Either way, a well-behaved
     * out-of-office robot does not answer it, and our mail intake files such answers instead of
     * acknowledging them — no two robots write to each other forever.
     */
    static String autoSubmitted(NotificationKind kind) {
        return kind == NotificationKind.PRIMARY_RESPONSE ? "auto-replied" : "auto-generated";
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
