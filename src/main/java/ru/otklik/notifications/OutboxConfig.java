package ru.otklik.notifications;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox dispatcher polls, retries and gives up. */
@ConfigMapping(prefix = "otklik.outbox")
public interface OutboxConfig {

    /** How often each instance looks for due notifications; "off" disables the dispatcher. */
    @WithDefault("1s")
    String poll();

    /** Rows one claim takes; small batches keep claim transactions short. */
    @WithDefault("50")
    int batchSize();

    /**
     * Notifications of one batch handed to their channels at the same time; keep it at or below
     * the mailer's connection pool (quarkus.mailer.max-pool-size, 10 by default).
     */
    @WithDefault("8")
    int concurrency();

    /** Wait before the first retry; doubled for each following one. */
    @WithDefault("10s")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration backoffMax();

    /** Attempts before a notification is marked failed. */
    @WithDefault("12")
    int maxAttempts();

    /**
     * How long a claim is owned. A row still 'sending' after this was left by a dead instance and
     * is taken again; keep it well above the slowest channel's timeout.
     */
    @WithDefault("5m")
    Duration lease();
}
