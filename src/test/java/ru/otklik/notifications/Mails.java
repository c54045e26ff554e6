package ru.otklik.notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what a mail client would show: the plain text, the HTML, the attached files. */
final class Mails {

    record File(String name, String contentType, byte[] content) {
    }

    private Mails() {
    }

    static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<File> attachments(MimeMessage mail) {
        List<File> files = new ArrayList<>();
        try {
            collect(mail, files);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String part(MimeMessage mail, String type) {
        try {
            String found = find(mail, type);
            if (found == null) {
                throw new AssertionError("The mail has no " + type + " part");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String found = find(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Part part, List<File> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), files);
            }
        } else if (part instanceof BodyPart && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                files.add(new File(part.getFileName(), part.getContentType(), out.toByteArray()));
            }
        }
    }
}
