package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.SmtpServer;
import ru.otklik.testing.Tokens;

/** §10 end to end: the citizen submits a message and finds the primary response in their mailbox. */
@QuarkusTest
@TestProfile(NotificationsProfile.Live.class)
class PrimaryResponseDeliveryTest {

    SmtpServer smtp;

    @Test
    void registeredMessageReachesTheMailboxWithNumberDueDateAndRatingLink() throws Exception {
        String email = "maria." + UUID.randomUUID() + "@example.org";
        Map<String, Object> receipt = given().contentType(ContentType.JSON)
                .body(aMessage().with("email", email).with("preferredChannel", "email").build())
                .when().post("/api/v1/messages")
                .then().statusCode(201).extract().as(Map.class);
        String number = (String) receipt.get("registrationNumber");
        String due = RussianDates.of(OffsetDateTime.parse((String) receipt.get("dueAt")));
        String received = RussianDates.of(OffsetDateTime.parse((String) receipt.get("receivedAt")));

        await().atMost(Duration.ofSeconds(15)).until(() -> !smtp.receivedBy(email).isEmpty());

        List<MimeMessage> mails = smtp.receivedBy(email);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(Mails.subject(mail)).isEqualTo("Обращение № " + number + " зарегистрировано");
        // RFC 3834: out-of-office robots do not answer it, and our own intake would not acknowledge them
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        String text = Mails.text(mail);
        assertThat(text)
                .contains("Здравствуйте, Иванова Мария Петровна!")
                .contains("Мы получили ваше обращение " + received + " и зарегистрировали его под номером " + number)
                .contains("Ответ по существу направим не позднее " + due)
                .contains("238-60-02");
        Matcher link = Pattern.compile(Pattern.quote(NotificationsProfile.PORTAL) + "/rate/([A-Za-z0-9_-]{20,})")
                .matcher(text);
        assertThat(link.find()).as("one-click rating link in: %s", text).isTrue();
        assertThat(Mails.html(mail)).contains("<a href=\"" + link.group() + "\">");

        Map<String, Object> logged = given().auth().oauth2(Tokens.operator())
                .queryParam("messageId", receipt.get("id"))
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().path("items[0]");
        assertThat(logged).containsEntry("kind", "primary_response").containsEntry("channel", "email")
                .containsEntry("status", "sent").containsEntry("recipient", email);
        assertThat(Mails.messageId(mail)).isEqualTo(logged.get("emailMessageId"))
                .matches("<[0-9a-f-]{36}@otklik>");
    }
}
