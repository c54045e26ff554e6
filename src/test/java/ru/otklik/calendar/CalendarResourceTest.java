package ru.otklik.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.otklik.security.Roles;
import ru.otklik.testing.Tokens;

/**
 * The calendar API over HTTP against the real database. Tests that write use years nobody else
 * reads (2031–2038) and put the fallback switch back, so the bundled years stay as shipped.
 */
@QuarkusTest
class CalendarResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CalendarService service;

    private static String admin() {
        return Tokens.withRoles("anna.admin", Roles.ADMIN);
    }

    @Test
    void bundledYearsAreLoadedAtStartWithTheirDecrees() {
        given().when().get("/api/v1/calendar/2026")
                .then().statusCode(200)
                .body("year", equalTo(2026))
                .body("decree", containsString("№ 1466"))
                .body("days.find { it.date == '2026-01-01' }.kind", equalTo("holiday"))
                .body("days.find { it.date == '2026-01-09' }.kind", equalTo("day_off"))
                .body("days.find { it.date == '2026-04-30' }.kind", equalTo("shortened"));

        given().when().get("/api/v1/calendar")
                .then().statusCode(200)
                .body("find { it.year == 2025 }.workingDays", equalTo(247))
                .body("find { it.year == 2024 }.workingDays", equalTo(248));
    }

    @Test
    void loadingTheBundledYearsAgainChangesNothing() {
        int before = service.year(2026).version();

        service.onStart(null);

        assertThat(service.year(2026).version()).isEqualTo(before);
    }

    @Test
    void aYearThatIsNotLoadedIsNotFound() {
        given().when().get("/api/v1/calendar/2099")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/calendar-not-loaded"))
                .body("detail", containsString("calendar for 2099 not loaded"));
    }

    @Test
    void aYearOutOfRangeIsAProblemNamingTheYear() {
        given().when().get("/api/v1/calendar/1999")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/calendar/twenty")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void primaryResponseForFridayMessageIsDueMonday() {
        given().queryParam("from", "2026-03-13T15:00:00+07:00").queryParam("rule", "primary_response")
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(200)
                .body("due", equalTo("2026-03-16T15:00:00+07:00"))
                .body("rule", equalTo("primary_response"))
                .body("clause", equalTo("§10"))
                .body("calendarVersion", matchesPattern("2026\\.\\d+"))
                .body("provisional", equalTo(false));
    }

    @Test
    void deadlinesAcceptAnyOffsetAndAnswerInNovosibirskTime() {
        given().queryParam("from", "2026-02-13T03:00:00Z").queryParam("rule", "appeal_answer")
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(200)
                .body("due", equalTo("2026-03-16T23:59:59+07:00"));
    }

    @Test
    void anUnknownRuleIsAProblemNamingTheRule() {
        given().queryParam("from", "2026-03-13T15:00:00+07:00").queryParam("rule", "whenever")
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("rule"))
                .body("errors[0].message", containsString("primary_response"));
    }

    @Test
    void aMalformedOrOffsetlessInstantIsAProblemNamingFrom() {
        for (String from : new String[] { "13.03.2026 15:00", "2026-03-13T15:00:00", "" }) {
            given().queryParam("from", from).queryParam("rule", "urgent_answer")
                    .when().get("/api/v1/calendar/deadline")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("from"));
        }
    }

    @Test
    void aDeadlineInAYearThatIsNotLoadedIsAConflictUnlessFallbackIsOn() {
        given().queryParam("from", "2033-03-13T15:00:00+07:00").queryParam("rule", "urgent_answer")
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/calendar-not-loaded"))
                .body("detail", containsString("calendar for 2033 not loaded"));

        setFallback(true);
        try {
            given().queryParam("from", "2033-03-11T15:00:00+07:00").queryParam("rule", "urgent_answer")
                    .when().get("/api/v1/calendar/deadline")
                    .then().statusCode(200)
                    .body("due", equalTo("2033-03-18T23:59:59+07:00"))
                    .body("provisional", equalTo(true))
                    .body("calendarVersion", equalTo("2033.provisional"));
            given().when().get("/api/v1/calendar/settings")
                    .then().statusCode(200).body("fallbackEnabled", equalTo(true)).body("updatedBy", equalTo("anna.admin"));
        } finally {
            setFallback(false);
        }
    }

    @Test
    void adminImportsAJsonYearAndReimportBumpsTheVersion() {
        String body = """
                {"year":2031,"decree":"Тестовое постановление","days":[
                  {"date":"2031-01-01","kind":"holiday","note":"Новогодние каникулы"},
                  {"date":"2031-01-10","kind":"day_off"},
                  {"date":"2031-01-11","kind":"working_weekend"}]}""";
        int first = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(200)
                .body("days", hasSize(3))
                .extract().path("version");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(200).body("version", equalTo(first + 1));

        given().queryParam("from", "2031-01-09T10:00:00+07:00").queryParam("rule", "inadmissibility_notice")
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(200)
                .body("due", equalTo("2031-01-11T23:59:59+07:00"))
                .body("calendarVersion", equalTo("2031." + (first + 1)));
    }

    @Test
    void aMalformedImportIsRefusedWholeAndNamesEveryBadField() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                {"year":2032,"days":[
                  {"date":"2032-01-01","kind":"holiday"},
                  {"date":"2032-01-02","kind":"festival"},
                  {"date":"2032-01-03","kind":"day_off"}]}""")
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("days[1].kind"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                {"year":2032,"days":[{"date":"2032-01-01","kind":"holiday"},{"date":"2032-01-03","kind":"day_off"}]}""")
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("days[1].kind"))
                .body("errors[0].message", containsString("суббота"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"year\":2032,\"days\":[{\"date\":\"2032-02-30\",\"kind\":\"holiday\"}]}")
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(400).body("errors[0].field", equalTo("days[0].date"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"year\":2031,\"days\":[]}")
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"year\":2032,\"days\":[")
                .when().put("/api/v1/calendar/2032")
                .then().statusCode(400).contentType(PROBLEM);

        given().when().get("/api/v1/calendar/2032").then().statusCode(404);
    }

    @Test
    void aFailedReimportLeavesTheStoredYearAsItWas() {
        int stored = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"year\":2034,\"days\":[{\"date\":\"2034-01-02\",\"kind\":\"holiday\"}]}")
                .when().put("/api/v1/calendar/2034").then().statusCode(200)
                .extract().path("version");

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"year\":2034,\"days\":[{\"date\":\"2034-01-03\",\"kind\":\"holiday\"},{\"date\":\"2034-01-07\",\"kind\":\"day_off\"}]}")
                .when().put("/api/v1/calendar/2034").then().statusCode(400);

        given().when().get("/api/v1/calendar/2034")
                .then().statusCode(200)
                .body("version", equalTo(stored))
                .body("days.date", equalTo(List.of("2034-01-02")));
    }

    @Test
    void adminImportsTheXmlcalendarFormat() {
        given().auth().oauth2(admin()).contentType("application/xml; charset=UTF-8").queryParam("decree", "Постановление № 1")
                .body("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <calendar year="2036" lang="ru">
                          <holidays><holiday id="1" title="Новогодние каникулы"/></holidays>
                          <days><day d="01.03" t="1" h="1"/><day d="01.10" t="1" f="01.01"/><day d="04.30" t="2"/></days>
                        </calendar>""")
                .when().put("/api/v1/calendar/2036")
                .then().statusCode(200)
                .body("decree", equalTo("Постановление № 1"))
                .body("days.kind", equalTo(List.of("holiday", "day_off", "shortened")));

        given().auth().oauth2(admin()).contentType("application/xml")
                .body("<calendar year=\"2036\"><days><day d=\"01.33\" t=\"1\"/></days></calendar>")
                .when().put("/api/v1/calendar/2036")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("days/day[1]/@d"));

        given().auth().oauth2(admin()).contentType("application/xml").body("<calendar")
                .when().put("/api/v1/calendar/2036")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void adminEditsAndResetsASingleDay() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"year\":2037,\"days\":[{\"date\":\"2037-01-01\",\"kind\":\"holiday\"}]}")
                .when().put("/api/v1/calendar/2037").then().statusCode(200);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"kind\":\"day_off\",\"note\":\"Перенос\"}")
                .when().put("/api/v1/calendar/days/2037-12-31")
                .then().statusCode(200)
                .body("days.find { it.date == '2037-12-31' }.kind", equalTo("day_off"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"kind\":\"day_off\"}")
                .when().put("/api/v1/calendar/days/2037-12-27")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"kind\":\"sometimes\"}")
                .when().put("/api/v1/calendar/days/2037-12-30")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"kind\":\"holiday\"}")
                .when().put("/api/v1/calendar/days/2037-13-01")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"kind\":\"holiday\"}")
                .when().put("/api/v1/calendar/days/2038-01-01")
                .then().statusCode(409).body("type", equalTo("/problems/calendar-not-loaded"));

        given().auth().oauth2(admin())
                .when().delete("/api/v1/calendar/days/2037-12-31")
                .then().statusCode(200)
                .body("days.date", equalTo(List.of("2037-01-01")));
    }

    @Test
    void changesAreForAdminsOnly() {
        String body = "{\"year\":2031,\"days\":[]}";
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/calendar/2031")
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body("{\"kind\":\"holiday\"}")
                .when().put("/api/v1/calendar/days/2026-03-10")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.operator())
                .when().delete("/api/v1/calendar/days/2026-01-01")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body("{\"fallbackEnabled\":true}")
                .when().put("/api/v1/calendar/settings")
                .then().statusCode(403);
    }

    @Test
    void settingsNeedAValue() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/calendar/settings")
                .then().statusCode(400).body("errors[0].field", equalTo("fallbackEnabled"));
    }

    @Test
    void lineStatusIsPublicAndShowsClause19Hours() {
        given().when().get("/api/v1/line/status")
                .then().statusCode(200)
                .body("open", notNullValue())
                .body("now", containsString("+07:00"))
                .body("nextOpening", containsString("T09:00:00+07:00"))
                .body("timeZone", equalTo("Asia/Novosibirsk"))
                .body("hours", hasSize(5))
                .body("hours.find { it.dayOfWeek == 'FRIDAY' }.closes", equalTo("17:00"));
    }

    @Test
    void schedulesAreListed() {
        given().when().get("/api/v1/calendar/schedules")
                .then().statusCode(200)
                .body("name", hasItem("consultation-line"));
    }

    private static void setFallback(boolean enabled) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"fallbackEnabled\":" + enabled + "}")
                .when().put("/api/v1/calendar/settings")
                .then().statusCode(200).body("fallbackEnabled", equalTo(enabled));
    }
}
