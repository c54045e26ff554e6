package ru.otklik.messages.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The department mailbox that written messages arrive in (§2). No host, no polling. */
@ConfigMapping(prefix = "otklik.mail-intake")
public interface MailIntakeConfig {

    Optional<String> host();

    @WithDefault("993")
    int port();

    /** {@code imaps} (TLS from the start) or {@code imap}. */
    @WithDefault("imaps")
    String protocol();

    Optional<String> username();

    /** Secret: only from the environment (OTKLIK_MAIL_INTAKE_PASSWORD). */
    Optional<String> password();

    @WithDefault("INBOX")
    String folder();

    /** The mailbox's public address, to recognise our own mail coming back (X-Loop); defaults to the login. */
    Optional<String> address();

    /** How often the mailbox is read; {@code off} disables reading on this instance. */
    @WithDefault("1m")
    String poll();

    /** Mails taken per poll, so one poll never runs for hours. */
    @WithDefault("100")
    int batchSize();

    @WithDefault("30s")
    Duration timeout();

    /**
     * Days the content of a filtered mail is kept for staff to check the filter; then only its
     * envelope (sender, subject, time, reason) stays. The content is personal data that became
     * no message, so it is not kept for the five years of the history.
     */
    @WithDefault("90")
    int filteredRetentionDays();

    /** When the content of old filtered mail is deleted; {@code off} disables it on this instance. */
    @WithDefault("0 45 3 * * ?")
    String filteredRetentionCron();
}
