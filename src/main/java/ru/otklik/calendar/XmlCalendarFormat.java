package ru.otklik.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the widely used xmlcalendar format: {@code <calendar year="2026"><holidays><holiday id="1"
 * title="…"/></holidays><days><day d="01.01" t="1" h="1"/>…</days></calendar>}, where {@code d} is
 * MM.DD and {@code t} is 1 (day off; a holiday when {@code h} names one), 2 (shortened working day)
 * or 3 (working Saturday/Sunday). Errors name the offending element, e.g. {@code days/day[4]/@t}.
 */
public final class XmlCalendarFormat {
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})\\.(\\d{2})");

    private XmlCalendarFormat() {
    }

    public static CalendarYear parse(String xml, int expectedYear, String decree) {
        Element root = document(xml).getDocumentElement();
        List<FieldError> errors = new ArrayList<>();
        if (!"calendar".equals(root.getTagName())) {
            throw new InvalidCalendarException("calendar", "Корневой элемент должен быть <calendar>");
        }
        int year = expectedYear;
        String yearText = root.getAttribute("year");
        if (!yearText.equals(String.valueOf(expectedYear))) {
            errors.add(new FieldError("calendar/@year",
                    "Год «" + yearText + "» не совпадает с годом в адресе (" + expectedYear + ")"));
        }
        Map<String, String> titles = new HashMap<>();
        NodeList holidays = root.getElementsByTagName("holiday");
        for (int i = 0; i < holidays.getLength(); i++) {
            Element holiday = (Element) holidays.item(i);
            titles.put(holiday.getAttribute("id"), holiday.getAttribute("title"));
        }
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        Map<LocalDate, String> fieldOf = new HashMap<>();
        NodeList elements = root.getElementsByTagName("day");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String field = "days/day[" + (i + 1) + "]";
            LocalDate date = date(year, element.getAttribute("d"), field + "/@d", errors);
            if (date == null) {
                continue;
            }
            CalendarDay day = day(date, element, titles, field, errors);
            if (day == null) {
                continue;
            }
            CalendarDay earlier = days.putIfAbsent(date, day);
            if (earlier != null && !earlier.equals(day)) {
                errors.add(new FieldError(field + "/@d", "Дата " + date + " указана дважды по-разному"));
            }
            fieldOf.putIfAbsent(date, field);
        }
        if (!errors.isEmpty()) {
            throw new InvalidCalendarException(errors);
        }
        List<CalendarDay> list = new ArrayList<>(days.values());
        try {
            return new CalendarYear(year, decree, 0, list);
        } catch (InvalidCalendarException e) {
            throw new InvalidCalendarException(e.errors().stream()
                    .map(error -> new FieldError(xmlField(error.field(), list, fieldOf), error.message()))
                    .toList());
        }
    }

    private static CalendarDay day(LocalDate date, Element element, Map<String, String> titles, String field,
            List<FieldError> errors) {
        boolean weekend = CalendarYear.isWeekend(date);
        String type = element.getAttribute("t");
        String holiday = element.getAttribute("h");
        String from = element.getAttribute("f");
        switch (type) {
            case "1" -> {
                if (!holiday.isEmpty()) {
                    String title = titles.get(holiday);
                    if (title == null) {
                        errors.add(new FieldError(field + "/@h", "Нет праздника <holiday id=\"" + holiday + "\">"));
                        return null;
                    }
                    return new CalendarDay(date, DayKind.HOLIDAY, title);
                }
                // A day off on a Saturday or Sunday says nothing new.
                return weekend ? null : new CalendarDay(date, DayKind.DAY_OFF,
                        from.isEmpty() ? "Перенесённый выходной" : "Выходной перенесён с " + dayMonth(from));
            }
            case "2" -> {
                return new CalendarDay(date, DayKind.SHORTENED, "Предпраздничный день, сокращён на 1 час");
            }
            case "3" -> {
                // A working Monday–Friday is ordinary.
                return weekend ? new CalendarDay(date, DayKind.WORKING_WEEKEND, "Рабочий выходной день") : null;
            }
            default -> {
                errors.add(new FieldError(field + "/@t", "Тип дня должен быть 1, 2 или 3, а не «" + type + "»"));
                return null;
            }
        }
    }

    private static LocalDate date(int year, String text, String field, List<FieldError> errors) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.matches()) {
            errors.add(new FieldError(field, "Дата должна быть в виде ММ.ДД, а не «" + text + "»"));
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "«" + text + "» — не дата " + year + " года"));
            return null;
        }
    }

    private static String dayMonth(String monthDay) {
        Matcher m = MONTH_DAY.matcher(monthDay);
        return m.matches() ? m.group(2) + "." + m.group(1) : monthDay;
    }

    private static String xmlField(String field, List<CalendarDay> list, Map<LocalDate, String> fieldOf) {
        Matcher m = Pattern.compile("days\\[(\\d+)](?:\\.(\\w+))?").matcher(field);
        if (!m.matches()) {
            return field;
        }
        String element = fieldOf.get(list.get(Integer.parseInt(m.group(1))).date());
        return element + ("kind".equals(m.group(2)) ? "/@t" : "/@d");
    }

    private static Document document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Uploaded files are untrusted: no DTDs, no external entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints to stderr; failures reach the caller as exceptions instead.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new InvalidCalendarException("body",
                    "XML не читается: строка " + e.getLineNumber() + ", позиция " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidCalendarException("body", "XML не читается: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be made safe", e);
        }
    }
}
