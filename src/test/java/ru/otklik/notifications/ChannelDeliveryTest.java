package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.Smsc;
import ru.otklik.testing.SmtpServer;
import ru.otklik.testing.Tokens;

/** Each channel delivers what the client should get: SMS parts, a printable letter, a call, the inbox. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class ChannelDeliveryTest {

    SmtpServer smtp;

    Smsc smsc;

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
    void longRussianSmsArrivesAsUcs2PartsThatReassembleToTheText() {
        UUID id = enqueue(aNotice().by(DeliveryChannel.SMS).phone("+79131230001"));
        outbox.drain("instance-a");

        List<Smsc.Submitted> parts = smsc.receivedBy("+79131230001");
        String expected = OutboxDriver.load(id).bodyText;
        assertThat(expected).startsWith("Обращение № ").contains(NotificationsProfile.PORTAL + "/rate/");
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.dataCoding()).as("UCS-2").isEqualTo((byte) 0x08);
            assertThat(p.esmClass() & 0x40).as("UDH indicator").isEqualTo(0x40);
            assertThat(p.source()).isEqualTo("DIZO NSO");
        });
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            byte[] sm = parts.get(i).shortMessage();
            assertThat(sm[4]).as("total parts").isEqualTo((byte) parts.size());
            assertThat(sm[5]).as("part number").isEqualTo((byte) (i + 1));
            joined.writeBytes(Arrays.copyOfRange(sm, 6, sm.length));
        }
        assertThat(joined.toString(StandardCharsets.UTF_16BE)).isEqualTo(expected);
        assertThat(OutboxDriver.load(id).providerRef).as("SMS centre message ids").contains(",");
    }

    @Test
    void shortSmsGoesAsOneUcs2MessageToTheE164Number() {
        enqueue(aNotice().kind(NotificationKind.APPOINTMENT_CANCELLATION).by(DeliveryChannel.SMS).phone("+79131230002"));
        outbox.drain("instance-a");

        assertThat(smsc.receivedBy("+79131230002")).singleElement().satisfies(sm -> {
            assertThat(sm.destination()).isEqualTo("79131230002");
            assertThat(sm.esmClass() & 0x40).isZero();
            assertThat(new String(sm.shortMessage(), StandardCharsets.UTF_16BE))
                    .isEqualTo("Приём 3 декабря 2026 года в 10:30 отменён. Запись: 238-60-02");
        });
    }

    @Test
    void answerGoesByEmailWithItsSurveyLinkAndADuplicateBySmsWhereTheLawFixedTheChannel() throws Exception {
        NoticeFixtures notice = aNotice().kind(NotificationKind.ANSWER).mandate(ChannelMandate.WRITTEN_ANSWER)
                .by(DeliveryChannel.EMAIL).alsoBy(DeliveryChannel.SMS).phone("+79131230003");
        enqueue(notice);
        outbox.drain("instance-a");

        MimeMessage mail = smtp.receivedBy(notice.email()).get(0);
        assertThat(Mails.text(mail)).contains("Участок можно получить в аренду без торгов")
                .containsPattern(NotificationsProfile.PORTAL + "/survey/[A-Za-z0-9_-]+");
        assertThat(smsc.receivedBy("+79131230003")).isNotEmpty();
    }

    @Test
    void appointmentConfirmationCarriesTheIcsFile() {
        byte[] ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Otklik//RU
                BEGIN:VEVENT
                UID:visit-1@otklik
                DTSTART:20261203T033000Z
                SUMMARY:Личный приём
                END:VEVENT
                END:VCALENDAR
                """.getBytes(StandardCharsets.UTF_8);
        NoticeFixtures notice = aNotice().kind(NotificationKind.APPOINTMENT_CONFIRMATION)
                .attach("priem.ics", "text/calendar; charset=UTF-8", ics);
        enqueue(notice);
        outbox.drain("instance-a");

        MimeMessage mail = smtp.receivedBy(notice.email()).get(0);
        assertThat(Mails.subject(mail)).isEqualTo("Вы записаны на приём 3 декабря 2026 года в 10:30");
        assertThat(Mails.text(mail)).contains("Как добраться: Остановка «Площадь Ленина»");
        assertThat(Mails.attachments(mail)).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("priem.ics");
            assertThat(f.contentType()).startsWith("text/calendar");
            assertThat(new String(f.content(), StandardCharsets.UTF_8)).contains("SUMMARY:Личный приём");
        });
    }

    @Test
    void letterIsPrintedWithCyrillicAddressAndRegistrationAndTheMailroomMarksItPosted() throws Exception {
        NoticeFixtures notice = aNotice().by(DeliveryChannel.POST)
                .postalAddress("630099, г. Новосибирск, ул. Советская, д. 5, кв. 12")
                .value("registrationNumber", "2026-004242");
        UUID id = enqueue(notice);
        outbox.drain("instance-a");

        String operator = Tokens.operator();
        given().auth().oauth2(operator).when().get("/api/v1/letters")
                .then().statusCode(200).body("id", hasItem(id.toString()));
        byte[] pdf = given().auth().oauth2(operator).when().get("/api/v1/letters/" + id + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String printed;
        try (var doc = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(printed)
                .contains("Департамент имущества и земельных отношений Новосибирской области")
                .contains("Иванова Мария Петровна")
                .contains("630099, г. Новосибирск, ул. Советская, д. 5, кв. 12")
                .contains("К обращению № 2026-004242")
                .contains("Обращение № 2026-004242 зарегистрировано")
                .contains("Ответ по существу направим не позднее 28 декабря 2026 года.");

        given().auth().oauth2(operator).when().post("/api/v1/letters/" + id + "/posted")
                .then().statusCode(200).body("state", equalTo("posted")).body("postedBy", equalTo("olga.operator"));
        given().auth().oauth2(operator).when().get("/api/v1/letters")
                .then().statusCode(200).body("id", not(hasItem(id.toString())));
        given().auth().oauth2(operator).when().post("/api/v1/letters/" + id + "/posted")
                .then().statusCode(409);
    }

    @Test
    void phoneChannelGivesStaffACallWithTheClientsWindows() {
        UUID id = enqueue(aNotice().kind(NotificationKind.CALLBACK_PROMISE).by(DeliveryChannel.PHONE)
                .phone("+79131230004")
                .callWindows(new CallWindow(null, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        outbox.drain("instance-a");

        String operator = Tokens.operator();
        Map<String, Object> task = given().auth().oauth2(operator).when().get("/api/v1/call-tasks")
                .then().statusCode(200).extract().path("find { it.id == '" + id + "' }");
        assertThat(task).containsEntry("phone", "+79131230004").containsEntry("state", "open")
                .containsEntry("windowsText", "рабочие дни, 10:00–12:00");
        assertThat((String) task.get("script")).startsWith("Перезвоним до 2 декабря 2026 года");

        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("outcome", "reached", "note", "Клиент всё понял"))
                .when().post("/api/v1/call-tasks/" + id + "/outcome")
                .then().statusCode(200).body("state", equalTo("reached"));
    }

    @Test
    void clientReadsPortalNoticesAndOnlyTheirOwn() {
        UUID id = enqueue(aNotice().by(DeliveryChannel.PORTAL).portalLogin("citizen-inbox"));
        outbox.drain("instance-a");

        String owner = Tokens.client("citizen-inbox");
        given().auth().oauth2(owner).when().get("/api/v1/notifications/mine")
                .then().statusCode(200)
                .body("unread", equalTo(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].read", equalTo(false))
                .body("items[0].text", org.hamcrest.Matchers.containsString("Ответ по существу направим"));
        given().auth().oauth2(Tokens.client("someone-else")).when().post("/api/v1/notifications/" + id + "/read")
                .then().statusCode(404);

        given().auth().oauth2(owner).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);

        given().auth().oauth2(owner).when().get("/api/v1/notifications/mine")
                .then().statusCode(200).body("unread", equalTo(0)).body("items[0].read", equalTo(true));
    }

    @Test
    void staffRerouteAFailedEmailToPostAndTheLogKeepsBoth() {
        smtp.stop();
        NoticeFixtures notice = aNotice().postalAddress("630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5");
        UUID failed = enqueue(notice);
        try {
            assertThat(outbox.settle(failed).status).isEqualTo(NotificationStatus.FAILED);
        } finally {
            smtp.start();
        }

        String created = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("channel", "post"))
                .when().post("/api/v1/notifications/" + failed + "/reroute")
                .then().statusCode(201)
                .body("route", equalTo("reroute"))
                .body("reroutedFrom", equalTo(failed.toString()))
                .body("recipient", equalTo("630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5"))
                .extract().path("id");
        outbox.drain("instance-a");

        given().auth().oauth2(Tokens.operator()).queryParam("messageId", notice.messageRef())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.find { it.id == '" + created + "' }.status", equalTo("sent"))
                .body("items.find { it.id == '" + failed + "' }.status", equalTo("failed"));
        given().auth().oauth2(Tokens.operator()).when().get("/api/v1/letters")
                .then().body("id", hasItem(created));
    }

    @Test
    void reroutingToAChannelWithoutContactNamesTheMissingField() {
        UUID id = enqueue(aNotice());
        outbox.drain("instance-a");

        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("channel", "sms"))
                .when().post("/api/v1/notifications/" + id + "/reroute")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("phone"));
    }

    private UUID enqueue(NoticeFixtures notice) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(notice.build()).notificationIds().get(0));
    }
}
