package ru.otklik.messages;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes the story of a message, step by step, in the transaction of the step itself. */
@ApplicationScoped
public class MessageStory {

    /** The actor of steps nobody took by hand: registration, delivery of notices. */
    public static final String SYSTEM = "system";

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final MessageEventRepository events;
    private final Clock clock;
    private final ObjectMapper json;

    MessageStory(MessageEventRepository events, Clock clock, ObjectMapper json) {
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Message m, String actor, MessageEventKind kind, Object... details) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put((String) details[i], details[i + 1]);
            }
        }
        MessageEvent e = new MessageEvent();
        e.messageId = m.id;
        e.occurredAt = clock.instant();
        e.actor = actor;
        e.kind = kind;
        // As JSON reads it back (an enum as its code, a date as text): a value that differs from
        // its stored form looks changed to Hibernate and would be written a second time at flush.
        e.details = json.convertValue(map, DETAILS);
        events.persist(e);
    }
}
