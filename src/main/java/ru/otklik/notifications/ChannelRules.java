package ru.otklik.notifications;

import java.util.ArrayList;
import java.util.List;

import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;

/**
 * Decides which channels a notice goes by — the single place for §3, §11, §15 and §38, used for
 * every kind of notice:
 * <ul>
 * <li>no channel fixed by law: only the client's preferred channel;</li>
 * <li>a channel fixed by law: that channel (the preferred one, if the law accepts it), plus a
 * duplicate on every other channel the client chose — the additional one, and the preferred one
 * when the law overrode it.</li>
 * </ul>
 * A channel whose contact is missing is refused with a problem naming the field, so the caller
 * learns it while the client is still there, instead of a notice that can never be delivered.
 */
public final class ChannelRules {

    private ChannelRules() {
    }

    public static List<Route> routes(ChannelChoice choice, ChannelMandate mandate, Addressee to) {
        List<Route> routes = new ArrayList<>();
        if (mandate.none()) {
            routes.add(route(choice.preferred(), RouteRole.PRIMARY, to));
            return routes;
        }
        DeliveryChannel primary = mandate.allows(choice.preferred())
                ? choice.preferred()
                : mandate.channels().stream().filter(c -> to.addressFor(c) != null).findFirst()
                        .orElseThrow(() -> noMandatedContact(mandate));
        routes.add(route(primary, RouteRole.PRIMARY, to));
        for (DeliveryChannel chosen : new DeliveryChannel[] { choice.preferred(), choice.additional() }) {
            if (chosen != null && routes.stream().noneMatch(r -> r.channel() == chosen)) {
                routes.add(route(chosen, RouteRole.DUPLICATE, to));
            }
        }
        return routes;
    }

    private static Route route(DeliveryChannel channel, RouteRole role, Addressee to) {
        String address = to.addressFor(channel);
        if (address == null) {
            throw new ProblemException("channel-contact-missing", 422, "Нет контакта для канала",
                    "Уведомление нельзя доставить: для канала «" + channel.code() + "» не указан контакт.",
                    List.of(new FieldProblem(contactField(channel), "Нужен контакт для канала «" + channel.code() + "»")));
        }
        return new Route(channel, role, address);
    }

    private static ProblemException noMandatedContact(ChannelMandate mandate) {
        List<FieldProblem> errors = mandate.channels().stream()
                .map(c -> new FieldProblem(contactField(c), "Закон (" + mandate.basis() + ") требует этот канал"))
                .toList();
        return new ProblemException("channel-contact-missing", 422, "Нет контакта для обязательного канала",
                "Закон (" + mandate.basis() + ") требует направить уведомление каналом "
                        + String.join(" или ", mandate.channels().stream().map(DeliveryChannel::code).toList())
                        + ", но контакт для него не указан.", errors);
    }

    static String contactField(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "email";
            case SMS, PHONE -> "phone";
            case POST -> "postalAddress";
            case PORTAL -> "clientSubject";
        };
    }
}
