package ru.otklik.messages;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageEventRepository implements PanacheRepositoryBase<MessageEvent, Long> {

    public List<MessageEvent> storyOf(UUID messageId) {
        return list("messageId", Sort.by("occurredAt").and("id"), messageId);
    }
}
