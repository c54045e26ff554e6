package ru.otklik.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft is seen by the editors of its unit only; a published article by all staff. */
@Schema(name = "ArticleStatus", description = "draft — черновик (видят редакторы отдела), published — опубликовано")
public enum ArticleStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED;

    public String code() {
        return name().toLowerCase();
    }
}
