package ru.otklik.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a notice is about, with the placeholders its template may use and those the Procedure
 * requires it to contain. {@code clientName} is always filled from the addressee; the rating and
 * survey links are made by the notifications feature itself.
 */
public enum NotificationKind {

    /** §10: received and registered, registration data, the answer term and a rating link. */
    @JsonProperty("primary_response")
    PRIMARY_RESPONSE("§10", Link.RATING,
            samples("registrationNumber", "2026-000123", "receivedDate", "27 ноября 2026 года", "dueDate", "28 декабря 2026 года"),
            Set.of("registrationNumber", "dueDate", Link.RATING.placeholder)),

    /** §9: the message will not be considered because of insults or threats. */
    @JsonProperty("inadmissibility_notice")
    INADMISSIBILITY_NOTICE("§9", Link.NONE,
            samples("registrationNumber", "2026-000123", "receivedDate", "27 ноября 2026 года"),
            Set.of("registrationNumber")),

    /** §11: the message went to the competent authority. */
    @JsonProperty("redirect_notice")
    REDIRECT_NOTICE("§11", Link.NONE,
            samples("registrationNumber", "2026-000123", "redirectDate", "30 ноября 2026 года",
                    "authorityName", "мэрия города Новосибирска",
                    "authorityContacts", "630091, г. Новосибирск, Красный проспект, 34, телефон 227-40-00"),
            Set.of("registrationNumber", "authorityName")),

    /** §15, §16: an answer on the merits; written answers carry the survey link. */
    @JsonProperty("answer")
    ANSWER("§15, §16", Link.SURVEY,
            samples("registrationNumber", "2026-000123", "answerText",
                    "Участок можно получить в аренду без торгов, если на нём стоит ваш дом. Для этого подайте заявление через Госуслуги."),
            Set.of("registrationNumber", "answerText", Link.SURVEY.placeholder)),

    /** §16: the final written communication of an interaction, with the survey link. */
    @JsonProperty("final_answer")
    FINAL_ANSWER("§16", Link.SURVEY,
            samples("registrationNumber", "2026-000123", "answerText",
                    "Договор аренды подписан. Экземпляр договора приложен к письму."),
            Set.of("registrationNumber", "answerText", Link.SURVEY.placeholder)),

    /** 59-FZ art. 12 part 2: the answer term was extended. */
    @JsonProperty("term_extension")
    TERM_EXTENSION("59-ФЗ ст. 12 ч. 2", Link.NONE,
            samples("registrationNumber", "2026-000123", "newDueDate", "27 января 2027 года",
                    "reason", "нужен ответ из Росреестра о границах участка"),
            Set.of("registrationNumber", "newDueDate")),

    /** §37, §39, §40: the booked visit, where it is, how to get there, how to cancel. */
    @JsonProperty("appointment_confirmation")
    APPOINTMENT_CONFIRMATION("§37, §39, §40", Link.NONE,
            samples("visitDate", "3 декабря 2026 года", "visitTime", "10:30",
                    "location", "г. Новосибирск, ул. Кирова, д. 3, кабинет 101",
                    "directions", "Остановка «Площадь Ленина», вход с улицы Кирова",
                    "cancelLink", "https://otklik.example.org/visits/cancel/abc"),
            Set.of("visitDate", "visitTime", "location", "directions", "cancelLink")),

    /** §38: a reminder 24 or 2 hours before the visit. */
    @JsonProperty("appointment_reminder")
    APPOINTMENT_REMINDER("§38", Link.NONE,
            samples("visitDate", "3 декабря 2026 года", "visitTime", "10:30",
                    "location", "г. Новосибирск, ул. Кирова, д. 3, кабинет 101",
                    "cancelLink", "https://otklik.example.org/visits/cancel/abc"),
            Set.of("visitDate", "visitTime", "location")),

    /** §40: the visit is cancelled. */
    @JsonProperty("appointment_cancellation")
    APPOINTMENT_CANCELLATION("§40", Link.NONE,
            samples("visitDate", "3 декабря 2026 года", "visitTime", "10:30"),
            Set.of("visitDate", "visitTime")),

    /** §42: after the visit, a request to rate it. */
    @JsonProperty("visit_rating_request")
    VISIT_RATING_REQUEST("§42", Link.RATING,
            samples("visitDate", "3 декабря 2026 года"),
            Set.of(Link.RATING.placeholder)),

    /** §27: the consultant will call back within the term, in the client's convenient time. */
    @JsonProperty("callback_promise")
    CALLBACK_PROMISE("§27", Link.NONE,
            samples("callbackBy", "2 декабря 2026 года", "callWindows", "будни с 10:00 до 12:00",
                    "question", "статус заявления о предоставлении участка"),
            Set.of("callbackBy", "callWindows")),

    /** §35: to a unit head, the knowledge base sections of the unit due or overdue for review. */
    @JsonProperty("kb_review_reminder")
    KB_REVIEW_REMINDER("§35", Link.NONE,
            samples("departmentName", "отдел земельных отношений", "sections",
                    "«Аренда земельных участков» — до 1 декабря 2026 года (просрочено)"),
            Set.of("sections"));

    /** The feedback link a kind carries, if any. */
    public enum Link {
        NONE(null, null),
        /** §10, §42: a one-click rating of the experience. */
        RATING("ratingLink", "/rate/"),
        /** §16: the satisfaction survey after a final communication. */
        SURVEY("surveyLink", "/survey/");

        public final String placeholder;
        public final String path;

        Link(String placeholder, String path) {
            this.placeholder = placeholder;
            this.path = path;
        }
    }

    public static final String CLIENT_NAME = "clientName";

    private final String clause;
    private final Link link;
    private final Map<String, String> samples;
    private final Set<String> mandatory;

    NotificationKind(String clause, Link link, Map<String, String> samples, Set<String> mandatory) {
        this.clause = clause;
        this.link = link;
        Map<String, String> all = new LinkedHashMap<>();
        all.put(CLIENT_NAME, "Мария Петровна");
        all.putAll(samples);
        if (link.placeholder != null) {
            all.put(link.placeholder, "https://otklik.example.org" + link.path + "пример");
        }
        this.samples = Map.copyOf(all);
        this.mandatory = mandatory;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NotificationKind fromCode(String code) {
        for (NotificationKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    public String clause() {
        return clause;
    }

    public Link link() {
        return link;
    }

    /** Every placeholder a template of this kind may use. */
    public Set<String> placeholders() {
        return samples.keySet();
    }

    /** Placeholders a template must contain, because the clause demands what they carry. */
    public Set<String> mandatory() {
        return mandatory;
    }

    /** Plausible values for previews; the keys are exactly {@link #placeholders()}. */
    public Map<String, String> samples() {
        return samples;
    }

    private static Map<String, String> samples(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
