package ru.otklik.messages;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<MessageAttachment, UUID> {

    public List<MessageAttachment> ofMessage(UUID messageId) {
        return list("messageId", Sort.by("position"), messageId);
    }
}
