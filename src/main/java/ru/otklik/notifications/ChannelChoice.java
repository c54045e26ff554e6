package ru.otklik.notifications;

/** The client's choice under §3: the channel for further communication and an optional additional one. */
public record ChannelChoice(DeliveryChannel preferred, DeliveryChannel additional) {

    public ChannelChoice {
        if (preferred == null) {
            throw new IllegalArgumentException("§3: the client always has a preferred channel");
        }
        if (additional == preferred) {
            additional = null;
        }
    }

    public static ChannelChoice only(DeliveryChannel preferred) {
        return new ChannelChoice(preferred, null);
    }
}
