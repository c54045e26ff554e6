package ru.otklik.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import ru.otklik.calendar.api.CalendarDayView;
import ru.otklik.calendar.api.CalendarImport;

/**
 * Turns calendar files into validated {@link CalendarYear}s: the JSON shape of the bundled files
 * and the import API, and the xmlcalendar XML format. Nothing here touches the database.
 */
@ApplicationScoped
public class CalendarImports {

    /** Where the years shipped with the application live, one file per year. */
    static final String BUNDLED = "calendar/ru/";
    /** How a bundled year is marked in {@code calendar_year.source}. */
    static final String BUNDLED_SOURCE = "bundled resource calendar/ru";

    private final ObjectMapper json;
    private final Validator validator;

    CalendarImports(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Parses an import body; XML and calendar errors name the field or element at fault, and
     * Jackson's exceptions are left to the shared mappers, which do the same for JSON.
     */
    public CalendarYear parse(ImportFormat format, String body, int year, String decree) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw new InvalidCalendarException("body", "Файл пуст");
        }
        if (format == ImportFormat.XML) {
            return XmlCalendarFormat.parse(body, year, decree);
        }
        return fromJson(json.readValue(body, CalendarImport.class), year);
    }

    /** The years shipped in the application's resources. */
    public List<CalendarYear> bundled() {
        List<CalendarYear> years = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (int year = CalendarYear.MIN_YEAR; year <= CalendarYear.MAX_YEAR; year++) {
            try (InputStream in = loader.getResourceAsStream(BUNDLED + year + ".json")) {
                if (in != null) {
                    years.add(fromJson(json.readValue(in, CalendarImport.class), year));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bundled calendar " + year + " is unreadable", e);
            }
        }
        return years;
    }

    CalendarYear fromJson(CalendarImport data, int year) {
        Set<ConstraintViolation<CalendarImport>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (data.year() != year) {
            throw new InvalidCalendarException("year", "Год " + data.year() + " не совпадает с годом в адресе (" + year + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < data.days().size(); i++) {
            CalendarDayView day = data.days().get(i);
            DayKind kind = DayKind.fromCode(day.kind());
            if (kind == null) {
                errors.add(new FieldError("days[" + i + "].kind",
                        "Неизвестный вид дня «" + day.kind() + "»; допустимы: holiday, day_off, working_weekend, shortened"));
            } else {
                days.add(new CalendarDay(day.date(), kind, day.note()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCalendarException(errors);
        }
        return new CalendarYear(year, data.decree(), 0, days);
    }

    /** The two accepted import formats. */
    public enum ImportFormat {
        JSON, XML
    }
}
