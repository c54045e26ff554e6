package ru.otklik.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static ru.otklik.messages.WorkflowFixtures.admin;
import static ru.otklik.messages.WorkflowFixtures.as;
import static ru.otklik.messages.WorkflowFixtures.assign;
import static ru.otklik.messages.WorkflowFixtures.eventKinds;
import static ru.otklik.messages.WorkflowFixtures.executor;
import static ru.otklik.messages.WorkflowFixtures.headOf;
import static ru.otklik.messages.WorkflowFixtures.inWork;
import static ru.otklik.messages.WorkflowFixtures.notices;
import static ru.otklik.messages.WorkflowFixtures.operator;
import static ru.otklik.messages.WorkflowFixtures.post;
import static ru.otklik.messages.WorkflowFixtures.sql;
import static ru.otklik.messages.WorkflowFixtures.submit;
import static ru.otklik.messages.WorkflowFixtures.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notification;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationSent;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.Tokens;

@QuarkusTest
class MessageWorkflowTest {

    private static final ZoneId NSK = ZoneId.of("Asia/Novosibirsk");

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    DeadlineService deadlines;

    @Inject
    WorkflowService workflowService;

    private void deliverAll() {
        while (dispatcher.dispatchBatch("workflow-test") > 0) {
            // a full batch may mean more are due
        }
    }

    // --- §10 primary response and the state machine ---

    @Test
    void sentPrimaryResponseAcknowledgesTheMessageOnce() {
        String id = submit();
        deliverAll();

        workflow(operator(), id).statusCode(200).body("status", equalTo("acknowledged"));
        assertThat(eventKinds(id)).containsSubsequence("notice_queued", "notice_delivered", "status_changed");

        Notification primary = notices(id, NotificationKind.PRIMARY_RESPONSE).get(0);
        NotificationSent again = new NotificationSent(primary.id, NotificationKind.PRIMARY_RESPONSE, UUID.fromString(id),
                DeliveryChannel.EMAIL, Instant.now());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> workflowService.delivered(again));
        assertThat(eventKinds(id).stream().filter("notice_delivered"::equals)).hasSize(1);
    }

    @Test
    void illegalTransitionIsAConflictNamingBothStatuses() {
        String id = submit();
        post(operator(), id, "answer", Map.of("kind", "answer", "text", "Участок можно взять в аренду."))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", allOf(containsString("registered"), containsString("answered")));
        assertThat(notices(id, NotificationKind.ANSWER)).isEmpty();
    }

    @Test
    void unknownMessageIsNotFoundAndClientsHaveNoAccess() {
        String unknown = UUID.randomUUID().toString();
        workflow(operator(), unknown).statusCode(404).body("type", equalTo("/problems/not-found"));
        assign(operator(), unknown, "land", "ivan").statusCode(404);

        String id = submit();
        workflow(Tokens.client("anna"), id).statusCode(403);
        as(Tokens.client("anna")).get("/api/v1/messages/" + id + "/events").then().statusCode(403);
        post(Tokens.client("anna"), id, "answer", Map.of("kind", "answer", "text", "x")).statusCode(403);
    }

    // --- assignment ---

    @Test
    void headAssignsWithinTheirUnitAndWorkStarts() {
        String id = submit();
        assign(headOf("helen.head", "land"), id, "land", "ivan.executor").statusCode(200)
                .body("status", equalTo("in_work"))
                .body("executor", equalTo("ivan.executor"))
                .body("departmentCode", equalTo("land"));
        assertThat(eventKinds(id)).contains("assigned", "status_changed");

        assign(headOf("helen.head", "land"), submit(), "property", "petr.executor").statusCode(403)
                .body("type", equalTo("/problems/foreign-department"));
        assign(executor("ivan.executor"), submit(), "land", "ivan.executor").statusCode(403);
        assign(admin(), submit(), "property", "petr.executor").statusCode(200);
    }

    @Test
    void onlyTheAssignedExecutorWorksTheMessage() {
        String id = inWork("ivan.executor");
        post(executor("petr.executor"), id, "answer", Map.of("kind", "answer", "text", "Ответ."))
                .statusCode(403).body("type", equalTo("/problems/message-not-yours"));
        workflow(executor("ivan.executor"), id).body("workable", equalTo(true));
        workflow(executor("petr.executor"), id).body("workable", equalTo(false));
    }

    @Test
    void headWorksTheMessagesOfTheirOwnUnitOnly() {
        String id = inWork("ivan.executor");
        workflow(headOf("helen.head", "land"), id).body("workable", equalTo(true));
        workflow(headOf("pavel.head", "property"), id).body("workable", equalTo(false));
        post(headOf("pavel.head", "property"), id, "extension", Map.of("reason", "нужно больше времени", "workingDays", 2))
                .statusCode(403).body("type", equalTo("/problems/message-not-yours"));
        assign(headOf("pavel.head", "property"), id, "property", "petr.executor").statusCode(403);
        workflow(operator(), id).body("executor", equalTo("ivan.executor")).body("extendedAt", org.hamcrest.Matchers.nullValue());
    }

    // --- §13–§16 answer and refusal ---

    @Test
    void answerGoesInWritingWithTheSurveyLinkAndClosesOnDelivery() {
        String id = inWork("ivan.executor");
        post(executor("ivan.executor"), id, "answer", Map.of("kind", "answer",
                "text", "Участок можно взять в аренду без торгов, если на нём стоит ваш дом. Подайте заявление через Госуслуги."))
                .statusCode(200).body("status", equalTo("answered"));

        List<Notification> sent = notices(id, NotificationKind.ANSWER);
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.channel).isEqualTo(DeliveryChannel.EMAIL);
            assertThat(n.bodyText).contains("Участок можно взять в аренду").contains("/survey/" + n.feedbackToken);
            assertThat(n.feedbackToken).isNotBlank();
        });
        assertThat(eventKinds(id)).contains("answer_sent");

        deliverAll();
        workflow(operator(), id).body("status", equalTo("closed"));
        post(executor("ivan.executor"), id, "answer", Map.of("kind", "answer", "text", "Ещё раз."))
                .statusCode(409).body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void answerIsDuplicatedToTheAdditionalChannel() {
        String id = io.restassured.RestAssured.given().contentType("application/json")
                .body(MessageFixtures.aMessage().with("phone", "+7 913 123-45-67").with("preferredChannel", "sms")
                        .with("additionalChannel", "email").build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        assign(operator(), id, "land", "ivan.executor").statusCode(200);
        post(executor("ivan.executor"), id, "answer", Map.of("kind", "answer", "text", "Участок можно взять в аренду."))
                .statusCode(200);

        // 59-FZ art. 10 part 4 fixes a written answer: e-mail first, the chosen SMS as the duplicate (§15)
        assertThat(notices(id, NotificationKind.ANSWER)).extracting(n -> n.channel)
                .containsExactlyInAnyOrder(DeliveryChannel.EMAIL, DeliveryChannel.SMS);
    }

    @Test
    void refusalWhoseGroundsAreOnlyCitationsIsBlocked() {
        String id = inWork("ivan.executor");
        Map<String, Object> refusal = new HashMap<>();
        refusal.put("kind", "refusal");
        refusal.put("text", "Вам отказано в предоставлении участка в аренду.");
        refusal.put("groundsPlain", "Основание: пп. 2 п. 1 ст. 39.16 ЗК РФ.");
        post(executor("ivan.executor"), id, "answer", refusal)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/refusal-grounds-not-plain"))
                .body("detail", containsString("§14"))
                .body("errors[0].field", equalTo("groundsPlain"));
        assertThat(notices(id, NotificationKind.ANSWER)).isEmpty();
        workflow(operator(), id).body("status", equalTo("in_work"));

        refusal.put("groundsPlain", "Участок уже сдан в аренду другому человеку, поэтому второй раз сдать его нельзя, "
                + "пока действует первый договор.");
        post(executor("ivan.executor"), id, "answer", refusal).statusCode(200).body("status", equalTo("refused"));
        assertThat(notices(id, NotificationKind.ANSWER)).singleElement()
                .satisfies(n -> assertThat(n.bodyText).contains("второй раз сдать его нельзя").contains("/survey/"));
        assertThat(eventKinds(id)).contains("refusal_sent");
    }

    @Test
    void refusalNeedsGrounds() {
        String id = inWork("ivan.executor");
        post(executor("ivan.executor"), id, "answer", Map.of("kind", "refusal", "text", "Отказано."))
                .statusCode(400).body("errors[0].field", equalTo("groundsPlain"));
    }

    // --- §9 inadmissibility ---

    @Test
    void inadmissibleMessageGetsANoticeDueInOneWorkingDayAndIsClosedWhenItIsOut() {
        String id = submit("Вы все идиоты и дебилы, верните деньги за аренду участка.");
        post(operator(), id, "inadmissible", Map.of("reason", "abuse", "comment", "Оскорбления сотрудников"))
                .statusCode(200).body("status", equalTo("inadmissible"));

        Instant receivedAt = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Message.<Message>findById(UUID.fromString(id)).receivedAt);
        assertThat(notices(id, NotificationKind.INADMISSIBILITY_NOTICE)).singleElement().satisfies(n -> {
            assertThat(n.dueBy).isEqualTo(deadlines.compute(DeadlineRule.INADMISSIBILITY_NOTICE, receivedAt).due());
            assertThat(n.bodyText).contains(n.templateValues.get("registrationNumber"));
        });
        assertThat(eventKinds(id)).contains("inadmissibility_sent");

        deliverAll();
        workflow(operator(), id).body("status", equalTo("closed"));
        post(operator(), id, "redirect", Map.of("referralId", UUID.randomUUID(), "explanation", "x")).statusCode(409);
    }

    // --- §11 redirect ---

    @Test
    void redirectNamesTheAuthorityFromTheDirectory() {
        Map<String, Object> authority = as(operator()).get("/api/v1/knowledge/referrals?q=Росреестр").then()
                .statusCode(200).extract().path("[0]");
        String id = submit("Прошу исправить ошибку в границах моего участка в ЕГРН.");
        post(operator(), id, "redirect", Map.of("referralId", authority.get("id"),
                "explanation", "Сведения ЕГРН исправляет Росреестр, департамент этого сделать не может."))
                .statusCode(200).body("status", equalTo("redirected"));

        assertThat(notices(id, NotificationKind.REDIRECT_NOTICE)).singleElement()
                .satisfies(n -> assertThat(n.bodyText).contains((String) authority.get("name"))
                        .contains("Сведения ЕГРН исправляет Росреестр, департамент этого сделать не может."));
        as(operator()).get("/api/v1/messages/" + id + "/events").then()
                .body("find { it.kind == 'redirected' }.details.authorityName", equalTo(authority.get("name")));

        post(operator(), submit(), "redirect", Map.of("referralId", UUID.randomUUID(), "explanation", "x"))
                .statusCode(400).body("errors[0].field", equalTo("referralId"));
    }

    // --- term extension ---

    @Test
    void termIsExtendedOnceAndTheClientIsTold() {
        String id = inWork("ivan.executor");
        String before = workflow(operator(), id).extract().path("dueAt");

        post(executor("ivan.executor"), id, "extension", Map.of("reason", "нужен ответ из Росреестра о границах участка",
                "workingDays", 10)).statusCode(200)
                .body("dueRule", equalTo("appeal_extension"))
                .body("dueAt", not(equalTo(before)))
                .body("extendedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(notices(id, NotificationKind.TERM_EXTENSION)).singleElement()
                .satisfies(n -> assertThat(n.bodyText).contains("Росреестра"));

        post(executor("ivan.executor"), id, "extension", Map.of("reason", "ещё раз", "workingDays", 1))
                .statusCode(409).body("type", equalTo("/problems/term-already-extended"));
    }

    @Test
    void extensionBeyondThirtyDaysIsRefused() {
        String id = inWork("ivan.executor");
        post(executor("ivan.executor"), id, "extension", Map.of("reason", "долго",
                "newDueDate", LocalDate.now(NSK).plusDays(90).toString()))
                .statusCode(400).body("errors[0].field", equalTo("newDueDate"));
        workflow(operator(), id).body("extendedAt", org.hamcrest.Matchers.nullValue());
    }

    // --- §12 clarification ---

    @Test
    void clarificationOnlyInWorkingHoursAndPausesTheWork() {
        String id = inWork("ivan.executor");
        Map<String, Object> contact = new HashMap<>();
        contact.put("channel", "phone");
        contact.put("summary", "Уточнили кадастровый номер");
        contact.put("outcome", "Клиент пришлёт выписку");
        contact.put("contactedAt", "2026-11-28T12:00:00+07:00"); // Saturday
        contact.put("awaitingClient", true);
        post(executor("ivan.executor"), id, "clarifications", contact)
                .statusCode(422).body("type", equalTo("/problems/outside-working-hours"))
                .body("errors[0].field", equalTo("contactedAt"));

        contact.put("contactedAt", "2026-11-27T10:30:00+07:00"); // Friday
        post(executor("ivan.executor"), id, "clarifications", contact)
                .statusCode(200).body("status", equalTo("awaiting_clarification"));
        post(executor("ivan.executor"), id, "answer", Map.of("kind", "answer", "text", "Ответ."))
                .statusCode(409).body("detail", containsString("awaiting_clarification"));

        contact.put("awaitingClient", false);
        contact.put("outcome", "Выписка получена");
        post(executor("ivan.executor"), id, "clarifications", contact)
                .statusCode(200).body("status", equalTo("in_work"));
        as(operator()).get("/api/v1/messages/" + id + "/events").then()
                .body("findAll { it.kind == 'clarification' }.details.outcome", hasItem("Выписка получена"));
    }

    @Test
    void nextSlotIsWithinWorkingHours() {
        String id = submit();
        String next = as(operator()).get("/api/v1/messages/" + id + "/clarifications/next-slot").then()
                .statusCode(200).body("schedule", equalTo("department-office")).extract().path("nextWorkingMoment");
        var at = java.time.OffsetDateTime.parse(next).atZoneSameInstant(NSK);
        assertThat(at.getDayOfWeek().getValue()).isBetween(1, 5);
        assertThat(at.getHour()).isBetween(9, 17);
    }

    // --- the inbox ---

    @Test
    void inboxFiltersAndCounters() {
        String mine = inWork("zoe.executor");
        String other = inWork("yuri.executor");
        String number = workflow(operator(), mine).extract().path("id");
        assertThat(number).isEqualTo(mine);

        as(executor("zoe.executor")).get("/api/v1/messages?size=100").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(other)));
        as(operator()).get("/api/v1/messages?size=100&executor=yuri.executor&status=in_work").then().statusCode(200)
                .body("items.id", hasItem(other)).body("items.id", not(hasItem(mine)));

        sql("update message set due_at = ?1 where id = ?2", Timestamp.from(Instant.now().minusSeconds(3600)),
                UUID.fromString(mine));
        as(operator()).get("/api/v1/messages?size=100&overdue=true").then()
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(other)));
        as(operator()).get("/api/v1/messages?size=100&dueToday=true").then().body("items.id", not(hasItem(other)));

        as(executor("zoe.executor")).get("/api/v1/messages/counters").then().statusCode(200)
                .body("mine", equalTo(1)).body("overdue", equalTo(1)).body("byStatus.in_work", equalTo(1));
        as(operator()).get("/api/v1/messages?size=100&status=bogus").then().statusCode(400);
    }

    @Test
    void inboxSearchFindsByRegistrationNumber() {
        String id = submit();
        String number = as(operator()).get("/api/v1/messages/" + id).then().extract().path("registrationNumber");
        as(operator()).get("/api/v1/messages?q=" + number).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].registrationNumber", startsWith(number));
    }
}
