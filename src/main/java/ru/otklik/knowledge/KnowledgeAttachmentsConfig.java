package ru.otklik.knowledge;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the files of knowledge-base articles (§32–§34). */
@ConfigMapping(prefix = "otklik.knowledge.attachments")
public interface KnowledgeAttachmentsConfig {

    /** Largest single file: a scanned act of many pages is the big case. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** Most files on one article. */
    @WithDefault("30")
    int maxFiles();
}
