package ru.otklik.notifications;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A time the client said suits them for a call (§27); no date means any working day. */
@Schema(name = "CallWindow", description = "Удобное клиенту время для звонка (§27)")
public record CallWindow(
        @Schema(description = "День; пусто — любой рабочий день") LocalDate day,
        @Schema(ref = "LocalTime", description = "С (местное время, ЧЧ:ММ)") LocalTime from,
        @Schema(ref = "LocalTime", description = "До (местное время, ЧЧ:ММ)") LocalTime to) {

    /** How staff and clients read it: «2 декабря 2026 года, 10:00–12:00» or «рабочие дни, 10:00–12:00». */
    public String describe() {
        String when = day == null ? "рабочие дни" : RussianFormats.date(day);
        return when + ", " + RussianFormats.time(from) + "–" + RussianFormats.time(to);
    }
}
