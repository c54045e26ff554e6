package ru.otklik.notifications;

import java.util.List;

/**
 * A channel the law fixes for a notice, as a value the calling feature passes along: it knows
 * the legal basis of its case. {@code channels} are acceptable alternatives in order of preference.
 */
public record ChannelMandate(List<DeliveryChannel> channels, String basis) {

    /** No channel fixed by law: the client's preferred channel decides alone (§3). */
    public static final ChannelMandate NONE = new ChannelMandate(List.of(), "");

    /**
     * 59-FZ art. 10 part 4: the answer to a written appeal goes in writing, to the e-mail or postal
     * address given in the appeal (§15).
     */
    public static final ChannelMandate WRITTEN_ANSWER = new ChannelMandate(
            List.of(DeliveryChannel.EMAIL, DeliveryChannel.POST), "59-ФЗ ст. 10 ч. 4");

    public ChannelMandate {
        channels = List.copyOf(channels);
    }

    public static ChannelMandate only(DeliveryChannel channel, String basis) {
        return new ChannelMandate(List.of(channel), basis);
    }

    public boolean none() {
        return channels.isEmpty();
    }

    public boolean allows(DeliveryChannel channel) {
        return channels.contains(channel);
    }
}
