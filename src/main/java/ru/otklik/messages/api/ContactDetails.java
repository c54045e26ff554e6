package ru.otklik.messages.api;

import ru.otklik.messages.Channel;

/** The contacts and channel choice (§3) of a request that registers a message, checked by {@link ContactForChannels}. */
public interface ContactDetails {

    String email();

    String phone();

    String postalAddress();

    Channel preferredChannel();

    Channel additionalChannel();
}
