package ru.otklik.messages.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import ru.otklik.messages.Message;
import ru.otklik.notifications.Notification;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.security.audit.AuditEvent;
import ru.otklik.testing.MailIntakeProfile;
import ru.otklik.testing.Mailbox;
import ru.otklik.testing.Tokens;

/** Staff see the mail the filter took for automatic, and register the letter it got wrong. */
@QuarkusTest
@TestProfile(MailIntakeProfile.class)
class FilteredMailTest {

    private static final String FILTERED = "/api/v1/mail/filtered";

    Mailbox mailbox;

    @Inject
    MailIntakePoller poller;

    @Inject
    FilteredMailRetention retention;

    @Test
    void staffSeeWhatWasFilteredAndWhy() throws Exception {
        String from = sender();
        MimeMessage list = mail(from, "Рассылка ТСЖ", "Собрание жильцов", "Приглашаем на собрание.");
        list.setHeader("Precedence", "bulk");
        mailbox.deliver(list);
        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FILED, 1));

        Map<String, Object> item = find(from);
        assertThat(item).containsEntry("fromName", "Рассылка ТСЖ").containsEntry("subject", "Собрание жильцов")
                .containsEntry("reason", "Массовая рассылка (заголовок Precedence: bulk): не обращение");
        assertThat(item.get("receivedAt")).isNotNull();
        assertThat(item.get("messageId")).isNull();

        given().auth().oauth2(Tokens.operator()).get(FILTERED + "/" + item.get("id")).then().statusCode(200)
                .body("text", equalTo("Приглашаем на собрание."))
                .body("mail.fromAddress", equalTo(from));
    }

    @Test
    void readingFilteredMailIsAudited() throws Exception {
        String from = sender();
        MimeMessage ooo = mail(from, "Иванов", "Автоответ: в отпуске", "Я в отпуске.");
        mailbox.deliver(ooo);
        poller.poll();
        String id = (String) find(from).get("id");
        given().auth().oauth2(Tokens.withRoles("olga.operator", "operator")).get(FILTERED + "/" + id)
                .then().statusCode(200).body("mail.reason", containsString("тема автоответа"));

        List<AuditEvent> reads = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "recordKind = 'filtered_mail' and recordId = ?1", id));
        assertThat(reads).singleElement().satisfies(e -> {
            assertThat(e.actor).isEqualTo("olga.operator");
            assertThat(e.action).isEqualTo("FilteredMailResource.get");
        });
    }

    @Test
    void aLetterTheFilterGotWrongIsRegisteredAndAcknowledged() throws Exception {
        String from = sender();
        MimeMessage robotLike = mail(from, "Садоводческое товарищество «Рассвет»", "Прошу выделить участок",
                "Просим предоставить земельный участок под водозабор.");
        robotLike.setHeader("Precedence", "list");
        mailbox.deliver(robotLike);
        poller.poll();
        String id = (String) find(from).get("id");
        assertThat(messagesFrom(from)).isZero();

        String messageId = given().auth().oauth2(Tokens.operator()).post(FILTERED + "/" + id + "/registration")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/messages/"))
                .body("registrationNumber", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{6}"))
                .extract().path("id");

        Message m = QuarkusTransaction.requiringNew().call(() -> Message.<Message>findById(UUID.fromString(messageId)));
        assertThat(m.email).isEqualTo(from);
        assertThat(m.intakeChannel.code()).isEqualTo("email");
        assertThat(m.text).contains("Тема: Прошу выделить участок").contains("под водозабор");
        assertThat(m.acknowledged).isTrue();
        assertThat(m.registeredBy).isEqualTo("olga.operator");
        List<Notification> acks = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "messageRef = ?1 and kind = ?2", m.id, NotificationKind.PRIMARY_RESPONSE));
        assertThat(acks).singleElement().satisfies(n -> {
            assertThat(n.recipient).isEqualTo(from);
            assertThat(n.emailInReplyTo).isEqualTo(robotLike.getMessageID());
        });
        assertThat(find(from)).containsEntry("messageId", messageId).containsEntry("registeredBy", "olga.operator");

        given().auth().oauth2(Tokens.operator()).post(FILTERED + "/" + id + "/registration")
                .then().statusCode(409).body("type", equalTo("/problems/mail-already-registered"));
        assertThat(messagesFrom(from)).isOne();
    }

    @Test
    void contentOfOldFilteredMailIsDeletedAndItsEnvelopeStays() throws Exception {
        String oldFrom = sender();
        String newFrom = sender();
        mailbox.deliver(withHeader(mail(oldFrom, "Рассылка", "Новости квартала", "Текст старой рассылки."),
                "Precedence", "bulk"));
        mailbox.deliver(withHeader(mail(newFrom, "Рассылка", "Новости недели", "Текст новой рассылки."),
                "Precedence", "bulk"));
        poller.poll();
        String oldId = (String) find(oldFrom).get("id");
        String newId = (String) find(newFrom).get("id");
        QuarkusTransaction.requiringNew().run(() -> TakenMail.update(
                "receivedAt = ?1 where id = ?2", Instant.now().minus(91, ChronoUnit.DAYS), UUID.fromString(oldId)));

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        given().auth().oauth2(Tokens.operator()).get(FILTERED + "/" + oldId).then().statusCode(200)
                .body("mail.subject", equalTo("Новости квартала"))
                .body("mail.reason", containsString("Precedence: bulk"))
                .body("text", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.operator()).post(FILTERED + "/" + oldId + "/registration")
                .then().statusCode(409).body("type", equalTo("/problems/mail-not-registrable"));
        given().auth().oauth2(Tokens.operator()).get(FILTERED + "/" + newId).then().statusCode(200)
                .body("text", equalTo("Текст новой рассылки."));
    }

    @Test
    void onlyStaffWhoRegisterMessagesMaySeeIt() {
        given().auth().oauth2(Tokens.withRoles("ivan.executor", "executor")).get(FILTERED).then().statusCode(403);
        given().auth().oauth2(Tokens.client("someone")).get(FILTERED).then().statusCode(403);
        given().get(FILTERED).then().statusCode(401);
        given().auth().oauth2(Tokens.operator()).get(FILTERED + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void mailThatBecameAMessageByItselfIsNotListed() throws Exception {
        String from = sender();
        mailbox.deliver(mail(from, "Петров", "Вопрос", "Когда будет ответ?"));
        poller.poll();
        given().auth().oauth2(Tokens.operator()).queryParam("size", 100).get(FILTERED).then().statusCode(200)
                .body("items.fromAddress", org.hamcrest.Matchers.not(hasItem(from)));
    }

    private static Map<String, Object> find(String from) {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.operator()).queryParam("size", 100)
                .get(FILTERED).then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> from.equals(i.get("fromAddress"))).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + from));
    }

    private MimeMessage mail(String from, String name, String subject, String text) throws Exception {
        MimeMessage m = mailbox.newMail();
        m.setFrom(new InternetAddress(from, name, "UTF-8"));
        m.setRecipient(RecipientType.TO, new InternetAddress(Mailbox.ADDRESS));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeMessage withHeader(MimeMessage m, String name, String value) throws Exception {
        m.setHeader(name, value);
        return m;
    }

    private static String sender() {
        return "robot." + UUID.randomUUID() + "@example.org";
    }

    private static long messagesFrom(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Message.count("email", email));
    }
}
