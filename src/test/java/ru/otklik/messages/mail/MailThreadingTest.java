package ru.otklik.messages.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import ru.otklik.messages.Message;
import ru.otklik.notifications.internal.OutboxDispatcher;
import ru.otklik.testing.MailThreadingProfile;
import ru.otklik.testing.Mailbox;
import ru.otklik.testing.SmtpServer;
import ru.otklik.testing.Tokens;

/**
 * A client who writes by e-mail sees one conversation in their mail program: our acknowledgement
 * and answer continue their letter's thread, and their reply to our mail lands on the same message.
 */
@QuarkusTest
@TestProfile(MailThreadingProfile.class)
class MailThreadingTest {

    Mailbox mailbox;
    SmtpServer smtp;

    @Inject
    MailIntakePoller poller;

    @Inject
    OutboxDispatcher outbox;

    @Test
    void acknowledgementAndAnswerContinueTheClientsThreadAndTheirReplyJoinsTheMessage() throws Exception {
        String client = "writer." + UUID.randomUUID() + "@example.org";
        MimeMessage letter = mail(client, "Аренда участка", "Прошу сообщить, как продлить договор аренды участка.");
        mailbox.deliver(letter);
        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.REGISTERED, 1));
        outbox.dispatchBatch("test");

        MimeMessage ack = only(smtp.receivedBy(client));
        assertThat(ack.getHeader("In-Reply-To")).containsExactly(letter.getMessageID());
        assertThat(ack.getHeader("References")).containsExactly(letter.getMessageID());

        MimeMessage reply = mail(client, "Re: " + ack.getSubject().replaceAll("\\d{4}-\\d{6}", "номер"),
                "Добавлю: участок под гаражом.");
        reply.setHeader("In-Reply-To", ack.getMessageID());
        reply.setHeader("References", letter.getMessageID() + " " + ack.getMessageID());
        mailbox.deliver(reply);
        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FOLLOW_UP, 1));

        UUID id = QuarkusTransaction.requiringNew().call(() -> Message.<Message>find("email", client).singleResult().id);
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("correspondence", hasSize(1))
                .body("correspondence[0].text", equalTo("Добавлю: участок под гаражом."));

        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "land", "executor", "ivan.executor"))
                .put("/api/v1/messages/" + id + "/assignment").then().statusCode(200);
        given().auth().oauth2(Tokens.withRoles("ivan.executor", "executor")).contentType(ContentType.JSON)
                .body(Map.of("kind", "answer", "text", "Договор продлевается по заявлению. Подайте его через Госуслуги."))
                .post("/api/v1/messages/" + id + "/answer").then().statusCode(200);
        outbox.dispatchBatch("test");

        List<MimeMessage> mails = smtp.receivedBy(client);
        assertThat(mails).hasSize(2);
        MimeMessage answer = mails.get(1);
        assertThat(answer.getHeader("In-Reply-To")).containsExactly(reply.getMessageID());
        assertThat(answer.getHeader("References")).containsExactly(letter.getMessageID() + " " + reply.getMessageID());
    }

    @Test
    void aPortalClientsAcknowledgementStartsNoThread() throws Exception {
        String client = "portal." + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(ru.otklik.messages.MessageFixtures.aMessage().with("email", client).with("preferredChannel", "email")
                        .build())
                .post("/api/v1/messages").then().statusCode(201);
        outbox.dispatchBatch("test");

        MimeMessage ack = only(smtp.receivedBy(client));
        assertThat(ack.getHeader("In-Reply-To")).isNull();
        assertThat(ack.getHeader("References")).isNull();
    }

    private MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage m = mailbox.newMail();
        m.setFrom(new InternetAddress(from, "Петров Иван", "UTF-8"));
        m.setRecipient(RecipientType.TO, new InternetAddress(Mailbox.ADDRESS));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeMessage only(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
