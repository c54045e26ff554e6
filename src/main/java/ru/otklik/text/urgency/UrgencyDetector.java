package ru.otklik.text.urgency;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.otklik.text.lang.WordStarts;

/**
 * Looks for urgency in a message (§8): dates and terms in the text («до 15 декабря»,
 * «15.12.2026», «через неделю», «завтра суд»), words of urgency (аукцион, торги, суд,
 * выселение, снос, срок истекает) and a repeated message. Relative dates are read against the
 * moment the message was received, in the department's zone. Every pattern here is linear:
 * bounded repetitions only, nothing nested.
 */
public final class UrgencyDetector {

    public static final ZoneId ZONE = ZoneId.of("Asia/Novosibirsk");
    /** The regular answer term for appeals (59-FZ): a date inside it makes the regular term too late. */
    public static final int REGULAR_TERM_DAYS = 30;
    private static final int MAX_CUES = 30;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("март", 3), Map.entry("апрел", 4),
            Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("август", 8),
            Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11), Map.entry("декабр", 12));

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})[./](\\d{2})(?:[./](\\d{4}|\\d{2}))?(?![\\d./,]\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:-?го)?\\s{1,3}(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\\s{1,3}(\\d{4}))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "через\\s{1,3}(?:(\\d{1,3}|одну|один|одна|два|две|три|четыре|пять|шесть|семь|десять|пару|несколько)\\s{1,3})?"
                    + "(дн(?:я|ей)|день|недел(?:ю|и|ь)|месяц(?:а|ев)?)");
    private static final Pattern DAY_WORD = Pattern.compile("(?<![а-яё])(сегодня|завтра|послезавтра)(?![а-яё])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![а-яё])(?:в|во|до|к|на)\\s{1,3}(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])");
    private static final Pattern END_OF = Pattern.compile(
            "(?:до|к)\\s{1,3}конц[ау]\\s{1,3}(недели|месяца|года)");

    /** Words before a date that make it a document's date or a past fact, not a term: «договор от 15.03.2020». */
    private static final Pattern PAST_MARKER = Pattern.compile("(?:от|№|с|года|г\\.|был[аио]?|подал[аи]?|поданн\\S*)\\s{0,3}$");
    /** A number after these is a clause of a legal act («ст. 11.10 ЗК РФ»), not a date. */
    private static final Pattern CITATION_MARKER = Pattern.compile("(?:ст|стать[ия]|п|пп|ч|пункт[а]?|подпункт[а]?|част[ьи]|гл|глав[аы])\\.?\\s{0,3}$");
    /** Words before a date that make it an event the answer must precede: «суд 15 декабря», «торги назначены на». */
    private static final Pattern EVENT_MARKER = Pattern.compile(
            "(суд|заседани|торг|аукцион|снос|выселени|назначен|состоится|пройд[её]т|будет)");

    /**
     * A word of urgency (§8) with the reason shown to staff: {@code head} is what the first word
     * must look like, {@code phrase} the whole cue from that word on.
     */
    private record Signal(Pattern head, Pattern phrase, String reason, boolean strong, String firstLetters) {
    }

    private static final List<Signal> SIGNALS = List.of(
            signal("срочн.*|неотложн.*|безотлагательн.*|немедленн.*", null, "клиент просит ответить срочно", true),
            signal("как", "как можно скорее", "клиент просит ответить срочно", true),
            signal("аукцион.*", null, "аукцион", false),
            signal("торги|торгов|торгам|торгах|торгами", null, "торги", false),
            signal("суд|суда|суде|суду|судом|судебн.*|заседани.*", null, "суд", false),
            signal("высел.*", null, "выселение", false),
            signal("снос.*|снесут|снести|демонтаж.*", null, "снос", false),
            signal("изъяти.*|изымают", null, "изъятие", false),
            signal("пристав.*|арест.*", null, "принудительные меры", false),
            signal("отключ.*", null, "отключение", false),
            signal("срок.*", "срок[а-я]*(?:[ ,]{1,3}[а-я0-9.]+){0,4}[ ,]{1,3}(?:истека|истек|заканчива|подходит)",
                    "истекает срок", true),
            signal("последн(?:ий|его)", "последн(?:ий|его) {1,3}день", "последний день срока", true));

    private static Signal signal(String head, String phrase, String reason, boolean strong) {
        StringBuilder first = new StringBuilder();
        for (String alternative : head.split("\\|")) {
            first.append(alternative.charAt(0));
        }
        return new Signal(Pattern.compile(head), phrase == null ? null : Pattern.compile(phrase), reason, strong, first.toString());
    }

    /**
     * @param text       the message
     * @param receivedAt when it was received: relative dates («завтра») are read from this moment
     * @param repeated   whether the client wrote on the same subject before (from the message history)
     */
    public UrgencyVerdict detect(String text, Instant receivedAt, boolean repeated) {
        LocalDate today = receivedAt.atZone(ZONE).toLocalDate();
        List<UrgencyCue> cues = new ArrayList<>();
        String body = text == null ? "" : text;
        String lower = lowerCase(body);
        findDates(body, lower, today, cues);
        int strong = 0;
        int events = 0;
        boolean[] seen = new boolean[SIGNALS.size()];
        // one pass over the words; each signal is reported once, where it first occurs
        int n = lower.length();
        int i = 0;
        while (i < n && cues.size() < MAX_CUES) {
            while (i < n && !isWordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(lower.charAt(i))) {
                i++;
            }
            if (i - start < 3 || i - start > 30) {
                continue;
            }
            String word = lower.substring(start, i);
            for (int k = 0; k < SIGNALS.size(); k++) {
                Signal sig = SIGNALS.get(k);
                if (seen[k] || sig.firstLetters().indexOf(word.charAt(0)) < 0 || !sig.head().matcher(word).matches()) {
                    continue;
                }
                int end = i;
                if (sig.phrase() != null) {
                    Matcher m = sig.phrase().matcher(lower).region(start, Math.min(n, start + 120));
                    if (!m.lookingAt()) {
                        continue;
                    }
                    end = m.end();
                }
                seen[k] = true;
                cues.add(new UrgencyCue(UrgencyCue.Kind.WORD, body.substring(start, end), start, end, null, sig.reason()));
                if (sig.strong()) {
                    strong++;
                } else {
                    events++;
                }
            }
        }
        if (repeated) {
            cues.add(new UrgencyCue(UrgencyCue.Kind.REPEATED, null, -1, -1, null, "клиент пишет по этому вопросу повторно"));
        }
        LocalDate answerBy = null;
        LocalDate regularTerm = today.plusDays(REGULAR_TERM_DAYS);
        for (UrgencyCue c : cues) {
            if (c.kind() == UrgencyCue.Kind.DATE && (answerBy == null || c.date().isBefore(answerBy))) {
                answerBy = c.date();
            }
        }
        boolean dateBeforeRegularTerm = answerBy != null && !answerBy.isAfter(regularTerm);
        // §8: urgent when the regular term would come too late. A named date inside the term is
        // enough; so is an explicit request or an expiring term; a pending event (суд, торги,
        // снос) counts when something else points the same way.
        boolean urgent = dateBeforeRegularTerm || strong > 0 || events >= 2 || (events >= 1 && repeated);
        cues.sort(Comparator.comparingInt(c -> c.start() < 0 ? Integer.MAX_VALUE : c.start()));
        return new UrgencyVerdict(urgent, answerBy, List.copyOf(cues));
    }

    private static boolean isWordChar(char c) {
        return c >= 'а' && c <= 'я' || c >= 'a' && c <= 'z';
    }

    /**
     * Lower case with ё as е, one char for one char, so offsets found in it are offsets in the
     * text; patterns then need no case-insensitive matching, which is several times slower.
     */
    static String lowerCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            out[i] = c == 'ё' ? 'е' : c;
        }
        return new String(out);
    }

    private static final String DIGITS = "0123456789";

    private static void findDates(String body, String lower, LocalDate today, List<UrgencyCue> cues) {
        WordStarts.find(lower, NUMERIC_DATE, DIGITS, m -> {
            LocalDate d = date(today, m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            addDate(body, lower, m, d, today, cues, true);
            return cues.size() < MAX_CUES;
        });
        WordStarts.find(lower, ISO_DATE, DIGITS, m -> {
            addDate(body, lower, m, date(today, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), today, cues, true);
            return cues.size() < MAX_CUES;
        });
        WordStarts.find(lower, WORD_DATE, DIGITS, m -> {
            addDate(body, lower, m, date(today, m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))), today, cues, true);
            return cues.size() < MAX_CUES;
        });
        Matcher m;
        m = RELATIVE.matcher(lower);
        boolean relative = lower.contains("через");
        while (relative && m.find() && cues.size() < MAX_CUES) {
            int n = amount(m.group(1));
            String unit = m.group(2);
            LocalDate d = unit.startsWith("д") ? today.plusDays(n) : unit.startsWith("н") ? today.plusWeeks(n) : today.plusMonths(n);
            addDate(body, lower, m, d, today, cues, false);
        }
        m = DAY_WORD.matcher(lower);
        boolean dayWords = lower.contains("сегодня") || lower.contains("завтра");
        while (dayWords && m.find() && cues.size() < MAX_CUES) {
            String w = m.group(1);
            LocalDate d = w.equals("сегодня") ? today : w.equals("завтра") ? today.plusDays(1) : today.plusDays(2);
            addDate(body, lower, m, d, today, cues, false);
        }
        m = WEEKDAY.matcher(lower);
        boolean weekdays = lower.contains("понедельник") || lower.contains("вторник") || lower.contains("среду")
                || lower.contains("четверг") || lower.contains("пятниц") || lower.contains("суббот") || lower.contains("воскресень");
        while (weekdays && m.find() && cues.size() < MAX_CUES) {
            DayOfWeek day = weekday(m.group(1));
            addDate(body, lower, m, today.with(TemporalAdjusters.next(day)), today, cues, false);
        }
        m = END_OF.matcher(lower);
        boolean endOf = lower.contains("конц");
        while (endOf && m.find() && cues.size() < MAX_CUES) {
            String what = m.group(1);
            LocalDate d = what.startsWith("нед") ? today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                    : what.startsWith("мес") ? today.with(TemporalAdjusters.lastDayOfMonth())
                    : today.with(TemporalAdjusters.lastDayOfYear());
            addDate(body, lower, m, d, today, cues, false);
        }
    }

    private static void addDate(String body, String lower, Matcher m, LocalDate date, LocalDate today,
                                List<UrgencyCue> cues, boolean calendarDate) {
        if (date == null || date.isBefore(today)) {
            return;
        }
        String before = lower.substring(Math.max(0, m.start() - 12), m.start());
        if (calendarDate && (PAST_MARKER.matcher(before).find() || CITATION_MARKER.matcher(before).find())) {
            return;
        }
        String around = lower.substring(Math.max(0, m.start() - 40), Math.min(lower.length(), m.end() + 30));
        boolean event = EVENT_MARKER.matcher(around).find() && !lower.substring(Math.max(0, m.start() - 4), m.start()).contains("до");
        // an answer is useful only before the hearing or the auction, so the day before it
        LocalDate answerBy = event ? date.minusDays(1) : date;
        if (answerBy.isBefore(today)) {
            answerBy = today;
        }
        cues.add(new UrgencyCue(UrgencyCue.Kind.DATE, body.substring(m.start(), m.end()), m.start(), m.end(), answerBy,
                event ? "событие " + date + ": ответ нужен до него" : "срок в тексте: " + date));
    }

    /** A calendar date; without a year, the next such date on or after today. Null when it is no date. */
    private static LocalDate date(LocalDate today, String year, int month, int day) {
        try {
            if (year == null) {
                LocalDate d = LocalDate.of(today.getYear(), month, day);
                // «подано 3 сентября» in November is the past; «до 15 января» in December is next year
                if (d.isBefore(today)) {
                    return d.isBefore(today.minusDays(180)) ? d.plusYears(1) : null;
                }
                return d;
            }
            int y = Integer.parseInt(year);
            return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (name.startsWith(e.getKey()) && (e.getValue() != 5 || name.equals("мая"))) {
                return e.getValue();
            }
        }
        return 1;
    }

    private static int amount(String word) {
        if (word == null) {
            return 1;
        }
        if (Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        return switch (word) {
            case "два", "две", "пару" -> 2;
            case "три", "несколько" -> 3;
            case "четыре" -> 4;
            case "пять" -> 5;
            case "шесть" -> 6;
            case "семь" -> 7;
            case "десять" -> 10;
            default -> 1;
        };
    }

    private static DayOfWeek weekday(String word) {
        return switch (word.substring(0, 2)) {
            case "по" -> DayOfWeek.MONDAY;
            case "вт" -> DayOfWeek.TUESDAY;
            case "ср" -> DayOfWeek.WEDNESDAY;
            case "че" -> DayOfWeek.THURSDAY;
            case "пя" -> DayOfWeek.FRIDAY;
            case "су" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
