package ru.otklik.notifications;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A time the client said suits them for a call (§27); no date means any working day. */
@Schema(name = "CallWindow", description = "Удобное клиенту время для звонка (§27)")
public record CallWindow(
        @Schema(description = "День; пусто — любой рабочий день", examples = "2026-12-02") LocalDate day,
        @Schema(description = "С", examples = "10:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) LocalTime from,
        @Schema(description = "До", examples = "12:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) LocalTime to) {

    /** How staff and clients read it: «2 декабря 2026 года, 10:00–12:00» or «рабочие дни, 10:00–12:00». */
    public String describe() {
        String when = day == null ? "рабочие дни" : RussianFormats.date(day);
        return when + ", " + RussianFormats.time(from) + "–" + RussianFormats.time(to);
    }
}
