package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.shared.time.TimeConfig;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.Tokens;

/** The mailroom records the day and tracking number of each letter; call outcomes close the call list. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class StaffChannelsTest {

    @Inject
    NotificationService notifications;

    @Inject
    OutboxDispatcher dispatcher;

    OutboxDriver outbox;

    @BeforeEach
    void takeOverTheDispatcher() {
        outbox = new OutboxDriver(dispatcher);
        outbox.takeOver();
    }

    @Test
    void aRegisteredLetterLeavesTheQueueWithItsDayAndTrackingNumber() {
        UUID id = aLetter();
        String today = LocalDate.now(TimeConfig.DEPARTMENT_ZONE).toString();
        String operator = Tokens.operator();

        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("postedOn", today, "trackingNumber", " ra123456789ru "))
                .when().post("/api/v1/letters/" + id + "/posted")
                .then().statusCode(200)
                .body("state", equalTo("posted"))
                .body("postedOn", equalTo(today))
                .body("trackingNumber", equalTo("RA123456789RU"));
        given().auth().oauth2(operator).when().get("/api/v1/letters")
                .then().statusCode(200).body("id", not(hasItem(id.toString())));
        given().auth().oauth2(operator).queryParam("state", "posted").when().get("/api/v1/letters")
                .then().statusCode(200)
                .body("find { it.id == '" + id + "' }.trackingNumber", equalTo("RA123456789RU"));
    }

    @Test
    void aLetterCannotBePostedBeforeItWasQueuedOrInTheFutureOrWithAMadeUpNumber() {
        UUID id = aLetter();
        String operator = Tokens.operator();
        LocalDate today = LocalDate.now(TimeConfig.DEPARTMENT_ZONE);

        posting(operator, id, Map.of("postedOn", today.plusDays(1).toString()))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("postedOn"));
        posting(operator, id, Map.of("postedOn", today.minusDays(1).toString()))
                .statusCode(400).body("errors[0].field", equalTo("postedOn"));
        posting(operator, id, Map.of("trackingNumber", "12345"))
                .statusCode(400).body("errors[0].field", equalTo("trackingNumber"));
        given().auth().oauth2(operator).when().get("/api/v1/letters")
                .then().body("id", hasItem(id.toString()));

        given().auth().oauth2(operator).when().post("/api/v1/letters/" + id + "/posted")
                .then().statusCode(200).body("postedOn", equalTo(today.toString()))
                .body("trackingNumber", equalTo(null));
    }

    @Test
    void theMailroomIsStaffOnlyAndExecutorsDoNotPostLetters() {
        UUID id = aLetter();
        given().auth().oauth2(Tokens.withRoles("egor.executor", "executor")).when().post("/api/v1/letters/" + id + "/posted")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.client("citizen")).when().get("/api/v1/letters").then().statusCode(403);
    }

    @Test
    void anUnreachableClientIsRecordedWithTheNoteAndTheCallCannotBeClosedTwice() {
        UUID id = enqueue(aNotice().kind(NotificationKind.CALLBACK_PROMISE).by(DeliveryChannel.PHONE)
                .phone("+79131230077")
                .callWindows(new CallWindow(null, LocalTime.of(14, 0), LocalTime.of(16, 0))));
        outbox.drain("instance-a");
        String executor = Tokens.withRoles("egor.executor", "executor");

        given().auth().oauth2(executor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "maybe"))
                .when().post("/api/v1/call-tasks/" + id + "/outcome")
                .then().statusCode(400);
        given().auth().oauth2(executor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "unreachable", "note", "Не берёт трубку, звонил в 14:10 и 15:40"))
                .when().post("/api/v1/call-tasks/" + id + "/outcome")
                .then().statusCode(200)
                .body("state", equalTo("unreachable"))
                .body("closedBy", equalTo("egor.executor"));
        given().auth().oauth2(executor).when().get("/api/v1/call-tasks")
                .then().body("id", not(hasItem(id.toString())));
        given().auth().oauth2(executor).queryParam("state", "unreachable").when().get("/api/v1/call-tasks")
                .then().body("find { it.id == '" + id + "' }.note", equalTo("Не берёт трубку, звонил в 14:10 и 15:40"))
                .body("find { it.id == '" + id + "' }.windowsText", equalTo("рабочие дни, 14:00–16:00"));
        given().auth().oauth2(executor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "reached"))
                .when().post("/api/v1/call-tasks/" + id + "/outcome")
                .then().statusCode(409).body("type", equalTo("/problems/call-already-closed"));
    }

    private UUID aLetter() {
        UUID id = enqueue(aNotice().by(DeliveryChannel.POST)
                .postalAddress("630099, г. Новосибирск, ул. Советская, д. 5, кв. 12"));
        outbox.drain("instance-a");
        return id;
    }

    private static io.restassured.response.ValidatableResponse posting(String token, UUID id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/letters/" + id + "/posted").then();
    }

    private UUID enqueue(NoticeFixtures notice) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
    }
}
