package ru.otklik.clients;

/** What a client record says about who the client is, as a profile form or a staff card sends it. */
public interface ClientDetails extends ChannelContacts {

    ClientType type();

    String name();

    String unitName();

    String inn();

    String ogrn();
}
