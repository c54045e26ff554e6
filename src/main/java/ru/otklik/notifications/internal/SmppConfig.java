package ru.otklik.notifications.internal;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SMS centre the SMS channel submits to over SMPP 3.4. */
@ConfigMapping(prefix = "otklik.sms.smpp")
public interface SmppConfig {

    @WithDefault("localhost")
    String host();

    @WithDefault("2775")
    int port();

    @WithDefault("otklik")
    String systemId();

    /** From the environment only (OTKLIK_SMS_SMPP_PASSWORD). */
    Optional<String> password();

    /** Some SMS centres want a system type on bind; most want none. */
    Optional<String> systemType();

    /** Sender name shown on the phone: alphanumeric (up to 11 characters) or a number. */
    @WithDefault("DIZO NSO")
    String sourceAddress();

    /** How long to wait for a connection or for the SMS centre's answer to one submit. */
    @WithDefault("10s")
    Duration timeout();
}
