package ru.otklik.messages;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import ru.otklik.knowledge.KnowledgeFixtures;
import ru.otklik.notifications.Notification;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.security.CurrentUser;
import ru.otklik.testing.Tokens;

/** Staff callers and the steps of the workflow as the SPA calls them; each test reads as the story it checks. */
final class WorkflowFixtures {

    private WorkflowFixtures() {
    }

    static String operator() {
        return Tokens.operator();
    }

    static String admin() {
        return KnowledgeFixtures.admin();
    }

    static String headOf(String user, String... departments) {
        return KnowledgeFixtures.token(user, Set.of("head"), Map.of(CurrentUser.DEPARTMENT_CLAIM, List.of(departments)));
    }

    static String executor(String user) {
        return Tokens.withRoles(user, "executor");
    }

    static String submit(String text) {
        return given().contentType(ContentType.JSON).body(MessageFixtures.aMessage().with("text", text).build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
    }

    static String submit() {
        return submit("Прошу разъяснить порядок предоставления земельного участка в аренду без торгов.");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static ValidatableResponse workflow(String token, String id) {
        return as(token).get("/api/v1/messages/" + id + "/workflow").then();
    }

    static Map<String, Object> triage(String topic, boolean urgent, String abuse, String department) {
        return Map.of("topicCode", topic, "urgent", urgent, "abuse", abuse, "departmentCode", department);
    }

    static ValidatableResponse assign(String token, String id, String department, String executor) {
        return as(token).body(Map.of("departmentCode", department, "executor", executor))
                .put("/api/v1/messages/" + id + "/assignment").then();
    }

    /** Registered, assigned to {@code executor} in the land unit, in work. */
    static String inWork(String executor) {
        String id = submit();
        assign(operator(), id, "land", executor).statusCode(200);
        return id;
    }

    static ValidatableResponse post(String token, String id, String action, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/messages/" + id + "/" + action).then();
    }

    static List<String> eventKinds(String id) {
        return as(operator()).get("/api/v1/messages/" + id + "/events").then().statusCode(200).extract().path("kind");
    }

    static List<Notification> notices(String id, NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "messageRef = ?1 and kind = ?2 order by route", UUID.fromString(id), kind));
    }

    static void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = Notification.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    static OffsetDateTime nsk(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }
}
