package ru.otklik.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.otklik.messages.WorkflowFixtures.as;
import static ru.otklik.messages.WorkflowFixtures.eventKinds;
import static ru.otklik.messages.WorkflowFixtures.operator;
import static ru.otklik.messages.WorkflowFixtures.sql;
import static ru.otklik.messages.WorkflowFixtures.submit;
import static ru.otklik.messages.WorkflowFixtures.triage;
import static ru.otklik.messages.WorkflowFixtures.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageTest {

    @Test
    void registrationStoresExplainedSuggestionsAndStartsTheStory() {
        String id = submit("Прошу продлить договор аренды земельного участка. Срок аренды истекает, дело срочное.");

        workflow(operator(), id).statusCode(200)
                .body("status", equalTo("registered"))
                .body("suggestion.topics.size()", lessThanOrEqualTo(3))
                .body("suggestion.topics[0].code", equalTo("land.lease"))
                .body("suggestion.topics[0].evidence", not(hasSize(0)))
                .body("suggestion.topics[0].departmentCode", equalTo("land"))
                .body("suggestion.departmentCode", equalTo("land"))
                .body("suggestion.urgency.urgent", equalTo(true))
                .body("suggestion.urgency.reasons", not(hasSize(0)))
                .body("suggestion.abuse.verdict", equalTo("none"));
        assertThat(eventKinds(id)).containsExactly("registered", "notice_queued", "triage_suggested");
    }

    @Test
    void abuseIsSuggestedWithTheFragmentsThatShowIt() {
        String id = submit("Вы все идиоты и дебилы, верните деньги за аренду участка.");

        workflow(operator(), id).statusCode(200)
                .body("suggestion.abuse.verdict", equalTo("insult"))
                .body("suggestion.abuse.fragments[0].fragment", notNullValue());
    }

    @Test
    void confirmingTheSuggestionStoresItAsAcceptedTrainingData() {
        String id = submit("Прошу продлить договор аренды земельного участка на новый срок.");

        as(operator()).body(triage("land.lease", false, "none", "land")).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(200)
                .body("topicCode", equalTo("land.lease"))
                .body("departmentCode", equalTo("land"))
                .body("triagedBy", equalTo("olga.operator"));

        assertThat(correction(id)).containsEntry("accepted", true).containsEntry("chosen_topic", "land.lease");
        assertThat(eventKinds(id)).contains("triage_confirmed");
    }

    @Test
    void correctionIsStoredAndImprovesTheNextSuggestion() {
        String text = "Прошу сообщить, когда откроется каток в сквере у библиотеки и будет ли прокат коньков.";
        String first = submit(text);
        String before = workflow(operator(), first).extract().path("suggestion.topics[0].code");
        assertThat(before).isNotEqualTo("housing");

        as(operator()).body(triage("housing", false, "none", "property")).put("/api/v1/messages/" + first + "/triage")
                .then().statusCode(200).body("topicCode", equalTo("housing"));

        assertThat(correction(first)).containsEntry("accepted", false).containsEntry("chosen_topic", "housing")
                .containsEntry("suggested_topic", before);
        assertThat(eventKinds(first)).contains("triage_corrected");

        String second = submit(text);
        workflow(operator(), second).body("suggestion.topics[0].code", equalTo("housing"))
                .body("suggestion.departmentCode", equalTo("property"));
    }

    /** §8 on the production calendar: 31 December 2026 and 1–8 January 2027 are not working days. */
    @Test
    void confirmingUrgentShortensTheTermToFiveWorkingDays() {
        String id = submit();
        sql("update message set received_at = ?1 where id = ?2",
                Timestamp.from(Instant.parse("2026-12-25T03:00:00Z")), UUID.fromString(id));

        as(operator()).body(triage("land.lease", true, "none", "land")).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(200)
                .body("urgent", equalTo(true))
                .body("dueRule", equalTo("urgent_answer"))
                .body("dueAt", startsWith("2027-01-12T23:59:59+07:00"));
        assertThat(eventKinds(id)).contains("term_changed");

        as(operator()).body(triage("land.lease", false, "none", "land")).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(200).body("dueRule", equalTo("appeal_answer"));
    }

    @Test
    void unknownTopicOrDepartmentIsAFieldError() {
        String id = submit();
        as(operator()).body(triage("no.such", false, "none", "land")).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(400).body("errors[0].field", equalTo("topicCode"));
        as(operator()).body(triage("land.lease", false, "none", "nowhere")).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(400).body("errors[0].field", equalTo("departmentCode"));
        Map<String, Object> bad = new HashMap<>(triage("land.lease", false, "rude", "land"));
        as(operator()).body(bad).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(400).body("errors[0].field", containsString("abuse"));
        assertThat(eventKinds(id)).doesNotContain("triage_confirmed", "triage_corrected");
    }

    @Test
    void staleVersionIsAConflict() {
        String id = submit();
        int seen = workflow(operator(), id).extract().path("version");
        Map<String, Object> body = new HashMap<>(triage("land.lease", false, "none", "land"));
        body.put("version", seen);
        as(operator()).body(body).put("/api/v1/messages/" + id + "/triage").then().statusCode(200);

        as(operator()).body(body).put("/api/v1/messages/" + id + "/triage")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/concurrent-edit"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> correction(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = ru.otklik.notifications.Notification.getEntityManager().createNativeQuery(
                    "select accepted, chosen_topic, suggested_topic from triage_correction where message_id = ?1 order by id desc")
                    .setParameter(1, UUID.fromString(id)).getResultList();
            Object[] r = rows.get(0);
            Map<String, Object> map = new HashMap<>();
            map.put("accepted", r[0]);
            map.put("chosen_topic", r[1]);
            map.put("suggested_topic", r[2]);
            return map;
        });
    }
}
