package ru.otklik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class XmlCalendarFormatTest {

    private static final String YEAR_2026 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <calendar year="2026" lang="ru" country="ru">
                <holidays>
                    <holiday id="1" title="Новогодние каникулы"/>
                    <holiday id="4" title="Международный женский день"/>
                </holidays>
                <days>
                    <day d="01.01" t="1" h="1"/>
                    <day d="01.09" t="1" f="01.03"/>
                    <day d="03.08" t="1" h="4"/>
                    <day d="03.09" t="1" f="03.08"/>
                    <day d="04.30" t="2"/>
                    <day d="02.21" t="3"/>
                    <day d="03.10" t="3"/>
                    <day d="03.14" t="1"/>
                </days>
            </calendar>
            """;

    @Test
    void typesMapToDayKinds() {
        CalendarYear year = XmlCalendarFormat.parse(YEAR_2026, 2026, "Постановление № 1466");

        assertThat(year.decree()).isEqualTo("Постановление № 1466");
        assertThat(year.days()).containsExactly(
                new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "Новогодние каникулы"),
                new CalendarDay(LocalDate.of(2026, 1, 9), DayKind.DAY_OFF, "Выходной перенесён с 03.01"),
                new CalendarDay(LocalDate.of(2026, 2, 21), DayKind.WORKING_WEEKEND, "Рабочий выходной день"),
                new CalendarDay(LocalDate.of(2026, 3, 8), DayKind.HOLIDAY, "Международный женский день"),
                new CalendarDay(LocalDate.of(2026, 3, 9), DayKind.DAY_OFF, "Выходной перенесён с 08.03"),
                new CalendarDay(LocalDate.of(2026, 4, 30), DayKind.SHORTENED, "Предпраздничный день, сокращён на 1 час"));
    }

    @Test
    void errorsNameTheElementAndAttribute() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class, () -> XmlCalendarFormat.parse("""
                <calendar year="2025"><days>
                  <day d="13.01" t="1"/>
                  <day d="01.05" t="7"/>
                  <day d="01.01" t="1" h="9"/>
                </days></calendar>""", 2026, null));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("calendar/@year", "days/day[1]/@d", "days/day[2]/@t", "days/day[3]/@h");
    }

    @Test
    void conflictingDuplicatesAreRefusedButIdenticalOnesAreHarmless() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class, () -> XmlCalendarFormat.parse("""
                <calendar year="2026"><days><day d="01.09" t="1"/><day d="01.09" t="2"/></days></calendar>""", 2026, null));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("days/day[2]/@d");

        CalendarYear year = XmlCalendarFormat.parse("""
                <calendar year="2026"><days><day d="12.31" t="1"/><day d="12.31" t="1"/></days></calendar>""", 2026, null);
        assertThat(year.days()).hasSize(1);
    }

    @Test
    void malformedXmlIsAFieldErrorOfTheBody() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class,
                () -> XmlCalendarFormat.parse("<calendar year=\"2026\"><days>", 2026, null));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        InvalidCalendarException e = catchThrowableOfType(InvalidCalendarException.class, () -> XmlCalendarFormat.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE calendar [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <calendar year="2026"><holidays><holiday id="1" title="&secret;"/></holidays></calendar>""", 2026, null));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
    }
}
