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

    /** Message-IDs of the later mails the client wrote about a message, oldest first; robots' mail left out. */
    public List<String> clientMailIds(UUID messageId, String clientEmail) {
        return getEntityManager().createQuery("""
                select c.emailMessageId from Correspondence c
                where c.messageId = :message and c.emailMessageId is not null and c.automatic = false
                  and lower(c.fromAddress) = lower(:email)
                order by c.receivedAt, c.id""", String.class)
                .setParameter("message", messageId)
                .setParameter("email", clientEmail)
                .getResultList();
    }
}
