package ru.otklik.security.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import ru.otklik.security.Roles;

/**
 * Writes an audit event for every successful staff read of personal data. The event is stored
 * in its own transaction so that it survives whatever the business call does afterwards.
 */
@PersonalDataAccess("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PersonalDataAccessInterceptor {

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @AroundInvoke
    Object audit(InvocationContext ctx) throws Exception {
        Object result = ctx.proceed();
        if (Roles.STAFF.stream().anyMatch(identity::hasRole)) {
            AuditEvent event = new AuditEvent();
            event.occurredAt = clock.instant();
            event.actor = identity.getPrincipal().getName();
            event.actorRoles = String.join(",", new TreeSet<>(identity.getRoles()));
            event.action = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
            event.recordKind = kind(ctx);
            event.recordId = Arrays.stream(ctx.getParameters())
                    .filter(p -> p instanceof UUID || p instanceof String)
                    .map(Object::toString)
                    .collect(Collectors.joining(","));
            QuarkusTransaction.requiringNew().run(event::persist);
        }
        return result;
    }

    private static String kind(InvocationContext ctx) {
        PersonalDataAccess onMethod = ctx.getMethod().getAnnotation(PersonalDataAccess.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        return ctx.getMethod().getDeclaringClass().getAnnotation(PersonalDataAccess.class).value();
    }
}
