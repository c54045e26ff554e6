package ru.otklik.messages.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.activation.DataHandler;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;
import ru.otklik.messages.FileFixtures;
import ru.otklik.messages.Message;
import ru.otklik.notifications.Notification;
import ru.otklik.testing.MailIntakeProfile;
import ru.otklik.testing.Mailbox;
import ru.otklik.testing.Tokens;

/** Mail to the department mailbox: registered once, threaded onto its message, never answered by robots. */
@QuarkusTest
@TestProfile(MailIntakeProfile.class)
class MailIntakeTest {

    Mailbox mailbox;

    @Inject
    MailIntakePoller poller;

    @Inject
    MailIntake intake;

    @Test
    void aMailBecomesAnAcknowledgedMessageWithItsFiles() throws Exception {
        String from = sender();
        MimeMessage mail = mail(from, "Петров Иван Сергеевич", "Аренда участка",
                "Прошу сообщить, как продлить договор аренды земельного участка.");
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(textPart("Прошу сообщить, как продлить договор аренды земельного участка."));
        parts.addBodyPart(filePart("договор.pdf", "application/pdf", FileFixtures.pdf("договор")));
        parts.addBodyPart(filePart("photo.pdf", "application/pdf", FileFixtures.exe()));
        mail.setContent(parts);
        mailbox.deliver(mail);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.REGISTERED, 1));

        Message m = onlyMessageFrom(from);
        assertThat(m.intakeChannel.code()).isEqualTo("email");
        assertThat(m.kind.code()).isEqualTo("appeal");
        assertThat(m.authorName).isEqualTo("Петров Иван Сергеевич");
        assertThat(m.text).contains("Тема: Аренда участка").contains("продлить договор аренды")
                .contains("Не приняты вложения").contains("photo.pdf");
        assertThat(m.acknowledged).isTrue();
        assertThat(notificationsAbout(m.id)).isEqualTo(1);
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + m.id).then().statusCode(200)
                .body("attachments", hasSize(1))
                .body("attachments[0].fileName", equalTo("договор.pdf"))
                .body("attachments[0].mediaType", equalTo("application/pdf"));
        assertThat(mailbox.seen(mail.getMessageID())).isTrue();
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        String from = sender();
        MimeMessage mail = mail(from, "Сидорова А.", "Вопрос", null);
        mail.setContent("<html><head><style>p{color:red}</style></head><body><p>Добрый день!</p>"
                + "<p>Прошу выдать выписку &laquo;из реестра&raquo;.</p></body></html>", "text/html; charset=UTF-8");
        mailbox.deliver(mail);

        poller.poll();

        assertThat(onlyMessageFrom(from).text).contains("Добрый день!\n\nПрошу выдать выписку «из реестра».")
                .doesNotContain("<p>").doesNotContain("color");
    }

    @Test
    void aReplyNamingTheRegistrationNumberIsFiledWithTheMessage() throws Exception {
        Map<String, Object> receipt = submitOnPortal();
        String number = (String) receipt.get("registrationNumber");
        String from = sender();
        MimeMessage reply = mail(from, "Иванова Мария", "Re: Обращение № " + number + " зарегистрировано", null);
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(textPart("Добавляю копию паспорта."));
        parts.addBodyPart(filePart("паспорт.jpg", "image/jpeg", FileFixtures.jpeg()));
        reply.setContent(parts);
        mailbox.deliver(reply);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FOLLOW_UP, 1));

        assertThat(messagesFrom(from)).isZero();
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + receipt.get("id")).then().statusCode(200)
                .body("status", equalTo("registered"))
                .body("attachments", hasSize(0))
                .body("correspondence", hasSize(1))
                .body("correspondence[0].fromAddress", equalTo(from))
                .body("correspondence[0].channel", equalTo("email"))
                .body("correspondence[0].text", equalTo("Добавляю копию паспорта."))
                .body("correspondence[0].automatic", equalTo(false))
                .body("correspondence[0].attachments[0].fileName", equalTo("паспорт.jpg"));
        // correspondence is for staff; the client sees their message without it
        assertThat(notificationsAbout(UUID.fromString((String) receipt.get("id")))).isEqualTo(1);
    }

    @Test
    void aReplyToOurNoticeIsThreadedByInReplyTo() throws Exception {
        Map<String, Object> receipt = submitOnPortal();
        String ours = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("messageRef",
                UUID.fromString((String) receipt.get("id"))).firstResult().emailMessageId);
        String from = sender();
        MimeMessage reply = mail(from, "Иванова Мария", "Re: ваш ответ", "Спасибо, а когда будет решение?");
        reply.setHeader("In-Reply-To", ours);
        mailbox.deliver(reply);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FOLLOW_UP, 1));
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + receipt.get("id")).then()
                .body("correspondence", hasSize(1))
                .body("correspondence[0].subject", equalTo("Re: ваш ответ"));
    }

    @Test
    void aReplyToAMailWeTookJoinsItsMessage() throws Exception {
        String from = sender();
        MimeMessage first = mail(from, "Орлов П.", "Межевание", "Прошу провести межевание.");
        mailbox.deliver(first);
        poller.poll();
        MimeMessage second = mail(from, "Орлов П.", "Дополнение", "Забыл приложить схему.");
        second.setHeader("References", "<unrelated@example.org> " + first.getMessageID());
        mailbox.deliver(second);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FOLLOW_UP, 1));
        Message m = onlyMessageFrom(from);
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + m.id).then()
                .body("correspondence[0].text", equalTo("Забыл приложить схему."));
    }

    @Test
    void anOutOfOfficeReplyToOurNoticeIsFiledButNeverAnswered() throws Exception {
        Map<String, Object> receipt = submitOnPortal();
        UUID id = UUID.fromString((String) receipt.get("id"));
        String ours = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("messageRef", id)
                .firstResult().emailMessageId);
        MimeMessage ooo = mail(sender(), "Иванова Мария", "Автоответ: Обращение зарегистрировано", "Я в отпуске до 10 декабря.");
        ooo.setHeader("Auto-Submitted", "auto-replied");
        ooo.setHeader("In-Reply-To", ours);
        mailbox.deliver(ooo);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FOLLOW_UP, 1));
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + id).then()
                .body("correspondence[0].automatic", equalTo(true));
        assertThat(notificationsAbout(id)).isEqualTo(1);
    }

    @Test
    void automaticMailThatAnswersNothingOfOursIsNeverAMessageOrAnAnswer() throws Exception {
        String ooo = sender();
        mailbox.deliver(mail(ooo, "Кто-то", "Out of Office: Re: уведомление", "I am away."));
        String xAutoreply = sender();
        MimeMessage autoreply = mail(xAutoreply, "Робот", "Ваше письмо получено", "Спасибо за письмо.");
        autoreply.setHeader("X-Autoreply", "yes");
        mailbox.deliver(autoreply);
        String bulk = sender();
        MimeMessage list = mail(bulk, "Рассылка", "Новости недели", "Новости.");
        list.setHeader("Precedence", "bulk");
        mailbox.deliver(list);
        String loop = sender();
        MimeMessage looped = mail(loop, "Отклик", "Обращение зарегистрировано", "Наше же письмо.");
        looped.setHeader("X-Loop", Mailbox.ADDRESS);
        mailbox.deliver(looped);
        String bounce = sender();
        MimeMessage dsn = mail(bounce, "Mail Delivery System", "Undelivered Mail Returned to Sender", "Не доставлено.");
        dsn.setHeader("Return-Path", "<>");
        mailbox.deliver(dsn);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.FILED, 5));
        for (String from : List.of(ooo, xAutoreply, bulk, loop, bounce)) {
            assertThat(messagesFrom(from)).as(from).isZero();
        }
    }

    @Test
    void aRobotsNoticeIsRegisteredWithoutAPrimaryResponse() throws Exception {
        String from = sender();
        MimeMessage notice = mail(from, "ГИС ЖКХ", "Уведомление о поступлении документа", "Поступил документ.");
        notice.setHeader("Auto-Submitted", "auto-generated");
        mailbox.deliver(notice);

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.REGISTERED, 1));
        Message m = onlyMessageFrom(from);
        assertThat(m.acknowledged).isFalse();
        assertThat(notificationsAbout(m.id)).isZero();
    }

    @Test
    void aSecondPollRegistersNothingAgain() throws Exception {
        String a = sender();
        String b = sender();
        mailbox.deliver(mail(a, "А", "Первое", "Первое письмо."));
        mailbox.deliver(mail(b, "Б", "Второе", "Второе письмо."));

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.REGISTERED, 2));
        assertThat(poller.poll()).isEmpty();
        assertThat(messagesFrom(a)).isOne();
        assertThat(messagesFrom(b)).isOne();
    }

    @Test
    void aCrashBetweenRegistrationAndFlaggingRegistersNothingTwice() throws Exception {
        String from = sender();
        MimeMessage mail = mail(from, "Зайцева О.", "Справка", "Прошу выдать справку.");
        mailbox.deliver(mail);
        // the app took the mail and died before it could flag it \Seen
        assertThat(intake.take(mailbox.mail(mail.getMessageID()), null)).isEqualTo(MailIntake.Outcome.REGISTERED);
        assertThat(mailbox.seen(mail.getMessageID())).isFalse();

        assertThat(poller.poll()).containsExactlyEntriesOf(Map.of(MailIntake.Outcome.ALREADY_TAKEN, 1));
        assertThat(messagesFrom(from)).isOne();
        assertThat(notificationsAbout(onlyMessageFrom(from).id)).isOne();
        assertThat(mailbox.seen(mail.getMessageID())).isTrue();
    }

    private MimeMessage mail(String from, String name, String subject, String text) throws Exception {
        MimeMessage m = mailbox.newMail();
        m.setFrom(new InternetAddress(from, name, "UTF-8"));
        m.setRecipient(RecipientType.TO, new InternetAddress(Mailbox.ADDRESS));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        if (text != null) {
            m.setText(text, "UTF-8");
        }
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart textPart(String text) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setText(text, "UTF-8");
        return p;
    }

    private static MimeBodyPart filePart(String name, String type, byte[] content) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        p.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, StandardCharsets.UTF_8.name(), "B"));
        p.setDisposition(MimeBodyPart.ATTACHMENT);
        return p;
    }

    private static String sender() {
        return "writer." + UUID.randomUUID() + "@example.org";
    }

    private static Map<String, Object> submitOnPortal() {
        return given().contentType("application/json").body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().as(Map.class);
    }

    private static long messagesFrom(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Message.count("email", email));
    }

    private static Message onlyMessageFrom(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>find("email", email).singleResult());
    }

    private static long notificationsAbout(UUID messageId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("messageRef", messageId));
    }
}
