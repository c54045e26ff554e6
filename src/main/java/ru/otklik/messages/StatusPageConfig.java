package ru.otklik.messages;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How hard the public status page is to brute-force. */
@ConfigMapping(prefix = "otklik.status-page")
public interface StatusPageConfig {

    /** Wrong codes for one registration number, within {@link #lockout()}, before the number is locked. */
    @WithDefault("5")
    int maxFailures();

    /** How long a number stays locked, and the window in which failures add up. */
    @WithDefault("15m")
    Duration lockout();
}
