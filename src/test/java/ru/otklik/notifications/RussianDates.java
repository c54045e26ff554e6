package ru.otklik.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Writes a date as a Russian letter should, independently of the code under test. */
final class RussianDates {

    private static final String[] GENITIVE = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря" };

    private RussianDates() {
    }

    /** «28 декабря 2026 года» for the Novosibirsk calendar date of {@code moment}. */
    static String of(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(ZoneId.of("Asia/Novosibirsk")).toLocalDate();
        return local.getDayOfMonth() + " " + GENITIVE[local.getMonthValue() - 1] + " " + local.getYear() + " года";
    }
}
