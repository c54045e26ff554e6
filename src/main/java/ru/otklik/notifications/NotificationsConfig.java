package ru.otklik.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of outgoing notices that are not about one channel's transport. */
@ConfigMapping(prefix = "otklik.notifications")
public interface NotificationsConfig {

    /** Right-hand side of the stable e-mail Message-ID, {@code <notification-id@domain>}. */
    @WithDefault("otklik")
    String messageIdDomain();

    /** The department's return address on the letterhead. */
    @WithDefault("630007, г. Новосибирск, ул. Кирова, д. 3")
    String returnAddress();

    /** The reference phone printed on letters and e-mails (§18, §36). */
    @WithDefault("238-60-02")
    String phone();

    /** How strictly the plain-language check (§6) treats the wording of templates. */
    PlainLanguage plainLanguage();

    interface PlainLanguage {

        /** A sentence longer than this many words cannot be saved; shorter long ones are warnings. */
        @WithDefault("40")
        int blockSentenceWords();

        /** Whether a citation of a norm left unexplained stops the save (§14) or is only a warning. */
        @WithDefault("true")
        boolean blockUnexplainedCitations();
    }

    /** How long the content of settled notices is kept. */
    Retention retention();

    interface Retention {

        /** Years after which a sent or failed notice loses its text, values and attempts. */
        @WithDefault("5")
        int years();

        /** When the retention job runs (Quartz cron, department time), once per cluster. */
        @WithDefault("0 30 3 * * ?")
        String cron();

        /** Notices purged per transaction, so a first run over years of history stays short. */
        @WithDefault("500")
        int batchSize();
    }
}
