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

    static AutoMail of(Headers h, String subject, String ourAddress) {
        String autoSubmitted = lower(h.first("Auto-Submitted"));
        String precedence = lower(h.first("Precedence"));
        String xLoop = lower(h.first("X-Loop"));
        String returnPath = h.first("Return-Path");
        if (h.first("X-Autoreply") != null || h.first("X-Autorespond") != null || h.first("X-Autoresponder") != null
                || autoSubmitted.startsWith("auto-replied")
                || returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")
                || ourAddress != null && !ourAddress.isBlank() && xLoop.contains(ourAddress.toLowerCase(Locale.ROOT))
                || subject != null && OUT_OF_OFFICE.matcher(subject).find()) {
            return AUTO_REPLY;
        }
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return BULK;
        }
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return AUTO_GENERATED;
        }
        return NONE;
    }

    boolean automatic() {
        return this != NONE;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
