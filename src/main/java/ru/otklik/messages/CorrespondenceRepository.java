package ru.otklik.messages;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CorrespondenceRepository implements PanacheRepositoryBase<Correspondence, UUID> {

    public List<Correspondence> ofMessage(UUID messageId) {
        return list("messageId", Sort.by("receivedAt").and("id"), messageId);
    }
}
