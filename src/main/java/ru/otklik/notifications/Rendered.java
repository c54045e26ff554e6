package ru.otklik.notifications;

/** A notice's text as it will go out on one channel; {@code html} only where the channel has one. */
public record Rendered(String subject, String text, String html) {
}
