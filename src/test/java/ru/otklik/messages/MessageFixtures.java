package ru.otklik.messages;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds message submissions as the portal sends them; each test changes only what it is about. */
public final class MessageFixtures {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private MessageFixtures() {
        body.put("name", "Иванова Мария Петровна");
        body.put("email", "maria@example.org");
        body.put("preferredChannel", "email");
        body.put("text", "Прошу разъяснить порядок предоставления земельного участка в аренду без торгов.");
    }

    public static MessageFixtures aMessage() {
        return new MessageFixtures();
    }

    public MessageFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public MessageFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }
}
