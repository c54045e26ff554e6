package ru.otklik.messages.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises mail written by machines, so that it never gets an automatic answer and no two
 * robots answer each other forever (RFC 3834).
 */
enum AutoMail {
    /** Written by a person. */
    NONE,
    /** An automatic reply: out-of-office, a delivery report, our own mail coming back. Never a new message. */
    AUTO_REPLY,
    /** Mailing lists and bulk mail. Never a new message. */
    BULK,
    /** A robot's notice that is no reply (another authority's system): registered, never acknowledged. */
    AUTO_GENERATED;

    /** Subjects that out-of-office replies and bounces start with, possibly after «Re:»/«Fwd:»-free prefixes. */
    private static final Pattern OUT_OF_OFFICE = Pattern.compile(
            "(?iu)^\\s*(re:\\s*)?(автоответ|автоматический ответ|auto[- ]?reply|automatic reply|out of (the )?office"
                    + "|undeliverable|delivery status notification|mail delivery failed|недоставленное сообщение)");

    /** Header access, so the rules need no mail library. */
    interface Headers {
        String first(String name);
    }

    /** What a mail is and why it was judged so, for staff who check the filter. */
    record Verdict(AutoMail kind, String reason) {
    }

    static AutoMail of(Headers h, String subject, String ourAddress) {
        return judge(h, subject, ourAddress).kind();
    }

    static Verdict judge(Headers h, String subject, String ourAddress) {
        String autoSubmitted = lower(h.first("Auto-Submitted"));
        String precedence = lower(h.first("Precedence"));
        String xLoop = lower(h.first("X-Loop"));
        String returnPath = h.first("Return-Path");
        for (String header : new String[] { "X-Autoreply", "X-Autorespond", "X-Autoresponder" }) {
            if (h.first(header) != null) {
                return new Verdict(AUTO_REPLY, "заголовок " + header);
            }
        }
        if (autoSubmitted.startsWith("auto-replied")) {
            return new Verdict(AUTO_REPLY, "заголовок Auto-Submitted: " + autoSubmitted);
        }
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return new Verdict(AUTO_REPLY, "пустой Return-Path: уведомление о доставке");
        }
        if (ourAddress != null && !ourAddress.isBlank() && xLoop.contains(ourAddress.toLowerCase(Locale.ROOT))) {
            return new Verdict(AUTO_REPLY, "заголовок X-Loop с адресом нашего ящика");
        }
        if (subject != null && OUT_OF_OFFICE.matcher(subject).find()) {
            return new Verdict(AUTO_REPLY, "тема автоответа или недоставки");
        }
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return new Verdict(BULK, "заголовок Precedence: " + precedence);
        }
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return new Verdict(AUTO_GENERATED, "заголовок Auto-Submitted: " + autoSubmitted);
        }
        return new Verdict(NONE, null);
    }

    boolean automatic() {
        return this != NONE;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
