package ru.otklik.clients;

import io.quarkus.security.identity.SecurityIdentity;
import ru.otklik.security.Roles;

/**
 * Anything that names the channels a client chose (§3) together with the contacts those channels
 * need: a message submission, a client profile. {@link ContactForChannels} checks them alike.
 */
public interface ChannelContacts {

    Channel preferredChannel();

    Channel additionalChannel();

    String email();

    String phone();

    String postalAddress();

    /**
     * Whether answers can go to a portal inbox. By default the caller must be a logged-in client,
     * whose inbox it would be; records filled in by staff override this with the account they name.
     */
    default boolean portalReachable(SecurityIdentity caller) {
        return caller.hasRole(Roles.CLIENT);
    }
}
