package ru.otklik.messages.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import ru.otklik.messages.IncomingFile;

/** What intake needs of a mail: who, what, which mail it answers, its text and its files. */
record ParsedMail(
        String messageId,
        String fromName,
        String fromAddress,
        String subject,
        Instant sentAt,
        Set<String> repliesTo,
        String text,
        List<IncomingFile> attachments,
        AutoMail automatic,
        String automaticReason) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    static ParsedMail of(MimeMessage mail, String ourAddress) throws MessagingException, IOException {
        String subject = mail.getSubject();
        InternetAddress from = firstAddress(mail.getReplyTo() != null && mail.getReplyTo().length > 0
                && mail.getHeader("Reply-To") != null ? mail.getReplyTo() : mail.getFrom());
        InternetAddress author = firstAddress(mail.getFrom());
        String fromName = author != null && author.getPersonal() != null && !author.getPersonal().isBlank()
                ? author.getPersonal().strip()
                : author != null ? author.getAddress() : "Отправитель не указан";
        Set<String> repliesTo = new LinkedHashSet<>();
        ids(mail.getHeader("In-Reply-To", " "), repliesTo);
        ids(mail.getHeader("References", " "), repliesTo);
        Body body = new Body();
        walk(mail, body);
        String text = body.plain != null ? body.plain : body.html != null ? HtmlText.toText(body.html) : "";
        String messageId = mail.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            messageId = "<" + fingerprint(mail) + "@no-message-id>";
        }
        AutoMail.Verdict verdict = AutoMail.judge(name -> {
            try {
                return mail.getHeader(name, ",");
            } catch (MessagingException e) {
                return null;
            }
        }, subject, ourAddress);
        if (verdict.kind() == AutoMail.NONE && ourAddress != null && from != null
                && ourAddress.equalsIgnoreCase(from.getAddress())) {
            verdict = new AutoMail.Verdict(AutoMail.AUTO_REPLY, "письмо с адреса нашего же ящика");
        }
        Instant sent = mail.getSentDate() == null ? null : mail.getSentDate().toInstant();
        return new ParsedMail(messageId.strip(), fromName, from == null ? null : from.getAddress(), subject, sent,
                repliesTo, text, body.files, verdict.kind(), verdict.reason());
    }

    private static final class Body {
        String plain;
        String html;
        final List<IncomingFile> files = new ArrayList<>();
    }

    /** The first text/plain (or else text/html) that is not an attachment is the body; every other leaf part is a file. */
    private static void walk(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                walk(child, body);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null;
        if (!attachment && part.isMimeType("text/plain")) {
            body.plain = body.plain == null ? textOf(part) : body.plain + "\n\n" + textOf(part);
            return;
        }
        if (!attachment && part.isMimeType("text/html")) {
            // the HTML twin of the plain text in multipart/alternative, or the only body
            body.html = body.html == null ? textOf(part) : body.html;
            return;
        }
        String name = fileName(part);
        if (name == null) {
            name = part.isMimeType("message/rfc822") ? "письмо.eml" : "вложение";
        }
        String field = "attachment[" + body.files.size() + "]";
        body.files.add(new IncomingFile(field, name, part.getContentType(), bytes(part)));
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        return new String(bytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia) {
                return ia;
            }
        }
        return null;
    }

    private static void ids(String header, Set<String> into) {
        if (header == null) {
            return;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
            into.add(m.group());
        }
    }

    /** A stable identity for a mail without a Message-ID: the hash of its raw bytes. */
    private static String fingerprint(MimeMessage mail) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
