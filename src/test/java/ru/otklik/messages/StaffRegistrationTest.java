package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static ru.otklik.messages.AttachmentIntakeTest.browserForm;
import static ru.otklik.messages.AttachmentIntakeTest.file;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notification;
import ru.otklik.testing.Tokens;

/** Paper letters and documents handed in, registered by an operator from their scans (§2). */
@QuarkusTest
class StaffRegistrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPaperLetterIsRegisteredWithItsScanAndTheTermRunsFromItsReceipt() throws Exception {
        String marker = "Письмо " + UUID.randomUUID();
        byte[] scan = FileFixtures.pdf(marker);
        Map<String, Object> receipt = registration(Tokens.operator(), letter(marker))
                .multiPart(file("files", "скан.pdf", "application/pdf", scan))
                .multiPart(file("files", "конверт.tiff", "image/tiff", new byte[] { 'I', 'I', 0x2A, 0, 8, 0, 0, 0 }))
                .post("/api/v1/messages/registrations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/messages/"))
                .body("receivedAt", equalTo("2026-11-23T11:00:00+07:00"))
                .extract().as(Map.class);
        String id = (String) receipt.get("id");
        // 30 days from Monday 23 November 2026 end on Wednesday 23 December
        assertThat((String) receipt.get("dueAt")).startsWith("2026-12-23");

        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("intakeChannel", equalTo("paper"))
                .body("kind", equalTo("complaint"))
                .body("senderReference", equalTo("исх. № 15 от 20.11.2026"))
                .body("postalAddress", equalTo("630099, г. Новосибирск, ул. Ленина, д. 1, кв. 2"))
                .body("acknowledged", equalTo(true))
                .body("attachments", hasSize(2))
                .body("attachments[0].sha256", equalTo(AttachmentIntakeTest.sha256(scan)))
                .body("attachments[1].mediaType", equalTo("image/tiff"));

        Message m = QuarkusTransaction.requiringNew().call(() -> Message.<Message>findById(UUID.fromString(id)));
        assertThat(m.registeredBy).isEqualTo("olga.operator");
        // §10 by the channel the letter asks for: a letter by post
        var notices = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("messageRef", m.id));
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.channel).isEqualTo(DeliveryChannel.POST));
    }

    @Test
    void staffMayRegisterWithoutAPrimaryResponse() {
        Map<String, Object> body = letter("Без ответа " + UUID.randomUUID());
        body.put("acknowledge", false);
        body.put("intakeChannel", "in_person");
        body.put("kind", "application");
        String id = registration(Tokens.operator(), body).post("/api/v1/messages/registrations")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + id).then()
                .body("intakeChannel", equalTo("in_person"))
                .body("kind", equalTo("application"))
                .body("acknowledged", equalTo(false));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.count("messageRef", UUID.fromString(id))))
                .isZero();
    }

    @Test
    void aFutureDateAPortalChannelAndAMissingAddressAreNamed() {
        Map<String, Object> body = letter("Ошибки");
        body.put("receivedAt", OffsetDateTime.now().plusDays(2).toString());
        body.put("postalAddress", null);
        registration(Tokens.operator(), body).post("/api/v1/messages/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("receivedAt"))
                .body("errors.field", hasItem("postalAddress"));

        Map<String, Object> portal = letter("Портал");
        portal.put("intakeChannel", "portal");
        registration(Tokens.operator(), portal).post("/api/v1/messages/registrations")
                .then().statusCode(400).body("errors.field", hasItem("intakeChannel"));
    }

    @Test
    void aScanThatIsNoScanRefusesTheRegistration() {
        String marker = "Плохой скан " + UUID.randomUUID();
        registration(Tokens.operator(), letter(marker))
                .multiPart(file("files", "scan.tiff", "image/tiff", FileFixtures.exe()))
                .post("/api/v1/messages/registrations")
                .then().statusCode(415).body("errors[0].field", equalTo("files[0]"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count("text", marker))).isZero();
    }

    @Test
    void onlyOperatorsRegisterDocuments() {
        registration(Tokens.client("vera"), letter("Клиент")).post("/api/v1/messages/registrations")
                .then().statusCode(403);
        registration(Tokens.withRoles("ivan.executor", "executor"), letter("Исполнитель"))
                .post("/api/v1/messages/registrations").then().statusCode(403);
        registration(null, letter("Аноним")).post("/api/v1/messages/registrations").then().statusCode(401);
    }

    private static Map<String, Object> letter(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intakeChannel", "paper");
        body.put("kind", "complaint");
        body.put("receivedAt", "2026-11-23T11:00:00+07:00");
        body.put("senderReference", "исх. № 15 от 20.11.2026");
        body.put("name", "Петров Сергей Иванович");
        body.put("postalAddress", "630099, г. Новосибирск, ул. Ленина, д. 1, кв. 2");
        body.put("preferredChannel", "post");
        body.put("text", text);
        return body;
    }

    private static RequestSpecification registration(String token, Map<String, Object> body) {
        RequestSpecification spec = token == null ? browserForm() : browserForm().auth().oauth2(token);
        try {
            return spec.multiPart(new MultiPartSpecBuilder(JSON.writeValueAsString(body))
                    .controlName("registration").mimeType("application/json").charset("UTF-8").build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
