package ru.otklik.notifications.internal;

import ru.otklik.notifications.DeliveryChannel;

/** Hands a notification to one channel. */
public interface ChannelSender {

    DeliveryChannel channel();

    /**
     * True when delivery is a write to our own database (inbox, letter queue, call list). Such a
     * sender runs inside the transaction that records the result, so it happens exactly once;
     * the others talk to a remote server and run outside any transaction.
     */
    boolean local();

    SendResult send(Dispatch dispatch);
}
