package ru.otklik.messages;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    /** The staff inbox: nearest deadline first, so nothing overdue hides on page two. */
    public PanacheQuery<Message> inbox() {
        return findAll(Sort.by("dueAt").and("receivedAt").and("registrationNumber"));
    }

    public PanacheQuery<Message> ofClient(String subject) {
        return find("clientSubject", Sort.by("receivedAt", Sort.Direction.Descending), subject);
    }

    /** Messages linked to a client record, newest first. */
    public PanacheQuery<Message> ofClientRecord(UUID clientId) {
        return find("clientId", Sort.by("receivedAt", Sort.Direction.Descending).and("registrationNumber"), clientId);
    }

    public java.util.Optional<Message> byRegistrationNumber(String number) {
        return find("registrationNumber", number).firstResultOptional();
    }
}
