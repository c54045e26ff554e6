package ru.otklik.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a monthly check of a section found (§35). */
@Schema(name = "ReviewOutcome", description = "no_changes — изменений не потребовалось, updated — материалы обновлены")
public enum ReviewOutcome {
    @JsonProperty("no_changes") NO_CHANGES,
    @JsonProperty("updated") UPDATED;

    public String code() {
        return name().toLowerCase();
    }
}
