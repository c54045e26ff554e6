package ru.otklik.messages;

import static ru.otklik.messages.MessageStatus.ACKNOWLEDGED;
import static ru.otklik.messages.MessageStatus.ANSWERED;
import static ru.otklik.messages.MessageStatus.AWAITING_CLARIFICATION;
import static ru.otklik.messages.MessageStatus.CLOSED;
import static ru.otklik.messages.MessageStatus.INADMISSIBLE;
import static ru.otklik.messages.MessageStatus.IN_WORK;
import static ru.otklik.messages.MessageStatus.REDIRECTED;
import static ru.otklik.messages.MessageStatus.REFUSED;
import static ru.otklik.messages.MessageStatus.REGISTERED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import ru.otklik.shared.problem.ProblemException;

/**
 * Every status change a message may make, in one table. Work may start before the §10 primary
 * response went out, so registered leads to in_work too; §9 and §11 cases are recognised at
 * triage, so inadmissible and redirected are reachable before work starts.
 */
public final class MessageTransitions {

    private static final Map<MessageStatus, Set<MessageStatus>> ALLOWED = new EnumMap<>(MessageStatus.class);

    static {
        ALLOWED.put(REGISTERED, EnumSet.of(ACKNOWLEDGED, IN_WORK, REDIRECTED, INADMISSIBLE));
        ALLOWED.put(ACKNOWLEDGED, EnumSet.of(IN_WORK, REDIRECTED, INADMISSIBLE));
        ALLOWED.put(IN_WORK, EnumSet.of(AWAITING_CLARIFICATION, ANSWERED, REFUSED, REDIRECTED, INADMISSIBLE));
        ALLOWED.put(AWAITING_CLARIFICATION, EnumSet.of(IN_WORK));
        ALLOWED.put(ANSWERED, EnumSet.of(CLOSED));
        ALLOWED.put(REFUSED, EnumSet.of(CLOSED));
        ALLOWED.put(REDIRECTED, EnumSet.of(CLOSED));
        ALLOWED.put(INADMISSIBLE, EnumSet.of(CLOSED));
        ALLOWED.put(CLOSED, EnumSet.noneOf(MessageStatus.class));
    }

    /** Still being worked on: the answer term runs. */
    public static final Set<MessageStatus> OPEN = EnumSet.of(REGISTERED, ACKNOWLEDGED, IN_WORK, AWAITING_CLARIFICATION);

    private MessageTransitions() {
    }

    public static boolean allowed(MessageStatus from, MessageStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<MessageStatus> next(MessageStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Refuses an illegal change with a 409 naming both statuses. */
    public static void require(MessageStatus from, MessageStatus to) {
        if (!allowed(from, to)) {
            throw illegal(from, to);
        }
    }

    public static ProblemException illegal(MessageStatus from, MessageStatus to) {
        return new ProblemException("illegal-transition", 409, "Недопустимый переход",
                "Обращение в состоянии «" + label(from) + "» (" + code(from) + "), перевести его в «" + label(to)
                        + "» (" + code(to) + ") нельзя.");
    }

    public static String code(MessageStatus s) {
        return s.name().toLowerCase();
    }

    public static String label(MessageStatus s) {
        return switch (s) {
            case REGISTERED -> "зарегистрировано";
            case ACKNOWLEDGED -> "первичный ответ отправлен";
            case IN_WORK -> "в работе";
            case AWAITING_CLARIFICATION -> "ждём уточнения от клиента";
            case ANSWERED -> "ответ отправлен";
            case REDIRECTED -> "переадресовано";
            case REFUSED -> "отказ отправлен";
            case INADMISSIBLE -> "не рассматривается (§9)";
            case CLOSED -> "закрыто";
        };
    }
}
