package ru.otklik.messages;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.otklik.clients.ClientService;
import ru.otklik.clients.api.ClientSummary;
import ru.otklik.messages.api.InboxItem;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.audit.PersonalDataAccess;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ProblemException;

/** Which client a message is from (§1–§2): set at registration for logged-in clients, by staff otherwise. */
@ApplicationScoped
public class MessageClients {

    private final MessageRepository messages;
    private final ClientService clients;

    MessageClients(MessageRepository messages, ClientService clients) {
        this.messages = messages;
        this.clients = clients;
    }

    /** A logged-in client's message belongs to their own record, which is created if this is their first contact. */
    /** The record of a logged-in client, for their new message to be linked to; null for anyone else. */
    UUID ownClientId(CurrentUser user) {
        return user.isClient() && user.subject().isPresent() ? clients.ownClientId(user) : null;
    }

    ClientSummary clientOf(Message m) {
        return clients.summary(m.clientId).orElse(null);
    }

    @Transactional
    @PersonalDataAccess("message")
    public ClientSummary link(UUID messageId, UUID clientId) {
        Message m = messages.findByIdOptional(messageId)
                .orElseThrow(() -> ProblemException.notFound("Обращение не найдено."));
        ClientSummary client = clients.summary(clientId)
                .orElseThrow(() -> ProblemException.invalid("clientId", "Такого клиента нет в реестре"));
        m.clientId = client.id();
        return client;
    }

    @Transactional
    @PersonalDataAccess("client")
    public Page<InboxItem> ofClient(UUID clientId, PageRequest page) {
        if (!clients.exists(clientId)) {
            throw ProblemException.notFound("Клиент не найден.");
        }
        return Page.of(messages.ofClientRecord(clientId), page, MessageService::toItem);
    }
}
