package ru.otklik.messages;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on files sent with a message, on every intake channel. */
@ConfigMapping(prefix = "otklik.attachments")
public interface AttachmentsConfig {

    /** Largest single file. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** Largest total of all files of one message. */
    @WithDefault("25M")
    MemorySize maxMessageSize();

    /** Most files with one message. */
    @WithDefault("20")
    int maxFiles();
}
