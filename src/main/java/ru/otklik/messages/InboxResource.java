package ru.otklik.messages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.otklik.messages.api.InboxCounters;
import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;

@Path("/api/v1/messages/counters")
@Tag(name = "Обращения", description = "Письменные обращения клиентов: регистрация, входящие, просмотр")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService inbox;
    private final CurrentUser user;

    InboxResource(InboxService inbox, CurrentUser user) {
        this.inbox = inbox;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.EXECUTOR, Roles.HEAD, Roles.ADMIN })
    @Operation(operationId = "inboxCounters", summary = "Счётчики входящих",
            description = "По состояниям, просроченные, со сроком сегодня и мои. Исполнитель видит счётчики своих обращений.")
    @APIResponse(responseCode = "200", description = "Счётчики")
    public InboxCounters counters() {
        return inbox.counters(user);
    }
}
