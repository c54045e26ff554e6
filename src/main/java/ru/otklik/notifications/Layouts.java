package ru.otklik.notifications;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The department's frame around a notice's words: e-mail (HTML and plain text) and the printed
 * letter. The words themselves come from {@link NotificationTemplate}s.
 */
@CheckedTemplate(basePath = "notifications")
final class Layouts {

    private Layouts() {
    }

    static native TemplateInstance email(String subject, List<String> paragraphs, String phone);

    static native TemplateInstance emailText(String text, String phone);

    static native TemplateInstance letter(String subject, List<String> paragraphs, String recipientName,
            String recipientAddress, String registration, String date, String returnAddress, String phone);
}
