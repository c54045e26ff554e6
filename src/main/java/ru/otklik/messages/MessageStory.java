package ru.otklik.messages;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes the story of a message, step by step, in the transaction of the step itself. */
@ApplicationScoped
public class MessageStory {

    /** The actor of steps nobody took by hand: registration, delivery of notices. */
    public static final String SYSTEM = "system";

    private final MessageEventRepository events;
    private final Clock clock;

    MessageStory(MessageEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
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
        e.details = map;
        events.persist(e);
    }
}
