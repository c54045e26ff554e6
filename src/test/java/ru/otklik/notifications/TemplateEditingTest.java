package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static ru.otklik.notifications.NoticeFixtures.aNotice;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.Tokens;

/** A broken template is stopped where it can be fixed — in the editor or the calling code. */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class TemplateEditingTest {

    @Inject
    NotificationService notifications;

    @Test
    void everyKindHasARussianTemplateContainingWhatItsClauseRequires() {
        given().auth().oauth2(Tokens.kbEditorOf("kira.editor", "reception"))
                .when().get("/api/v1/notification-templates")
                .then().statusCode(200)
                .body("$", hasSize(NotificationKind.values().length))
                .body("find { it.kind == 'primary_response' }.clause", equalTo("§10"))
                .body("find { it.kind == 'primary_response' }.body", containsString("{ratingLink}"))
                .body("find { it.kind == 'final_answer' }.body", containsString("{surveyLink}"));
    }

    @Test
    void unknownPlaceholderIsRefusedOnSaveNamingIt() {
        given().auth().oauth2(Tokens.kbEditorOf("kira.editor", "reception")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Обращение № {registrationNumber}",
                        "body", "Ответ до {dueDate}, номер {registrationNumber}, оценка {ratingLink}, отдел {department}",
                        "shortBody", "№ {registrationNumber} до {dueDate}: {ratingLink}"))
                .when().put("/api/v1/notification-templates/primary_response")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/template-invalid"))
                .body("errors.field", hasItem("body"))
                .body("errors[0].message", containsString("{department}"));
    }

    @Test
    void primaryResponseWithoutTheRatingLinkIsRefusedCitingParagraphTen() {
        given().auth().oauth2(Tokens.kbEditorOf("kira.editor", "reception")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Обращение № {registrationNumber}",
                        "body", "Зарегистрировали под номером {registrationNumber}, ответ до {dueDate}.",
                        "shortBody", "№ {registrationNumber} до {dueDate}"))
                .when().put("/api/v1/notification-templates/primary_response")
                .then().statusCode(400)
                .body("errors.message", hasItem("Нужна подстановка {ratingLink}: её требует §10"));
    }

    @Test
    void malformedBraceIsRefusedWithItsPosition() {
        given().auth().oauth2(Tokens.kbEditorOf("kira.editor", "reception")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Приём {visitDate",
                        "body", "Запись на {visitDate} в {visitTime} отменена.",
                        "shortBody", "Запись на {visitDate} в {visitTime} отменена."))
                .when().put("/api/v1/notification-templates/appointment_cancellation")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("subject"))
                .body("errors[0].message", containsString("символ 7"));
    }

    @Test
    void newVersionIsUsedForNewNoticesAndRecordedOnThem() {
        String editor = Tokens.kbEditorOf("kira.editor", "reception");
        int version = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("subject", "Запись на {visitDate} отменена",
                        "body", "{clientName}, запись на {visitDate} в {visitTime} отменена по вашей просьбе.",
                        "shortBody", "Запись на {visitDate} в {visitTime} отменена."))
                .when().put("/api/v1/notification-templates/appointment_cancellation")
                .then().statusCode(200).extract().path("version");

        var id = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(
                aNotice().kind(NotificationKind.APPOINTMENT_CANCELLATION).build()).notificationIds().get(0));

        Notification n = OutboxDriver.load(id);
        assertThat(n.templateVersion).isEqualTo(version);
        assertThat(n.subject).isEqualTo("Запись на 3 декабря 2026 года отменена");
        given().auth().oauth2(editor).when().get("/api/v1/notification-templates/appointment_cancellation/versions")
                .then().statusCode(200).body("[0].version", equalTo(version)).body("[1].version", equalTo(version - 1));
    }

    @Test
    void previewShowsTheMailAndTheSmsWithSampleValues() {
        Map<String, Object> preview = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("registrationNumber", "2026-000777")))
                .when().post("/api/v1/notification-templates/primary_response/preview")
                .then().statusCode(200)
                .body("subject", equalTo("Обращение № 2026-000777 зарегистрировано"))
                .body("emailText", containsString("не позднее 28 декабря 2026 года."))
                .body("emailHtml", containsString("<a href=\"https://otklik.example.org/rate/"))
                .extract().as(Map.class);

        String sms = (String) preview.get("sms");
        assertThat(sms).startsWith("Обращение № 2026-000777 зарегистрировано.").hasSizeGreaterThan(70);
        assertThat(preview.get("smsParts")).as("parts of 67 characters").isEqualTo((sms.length() + 66) / 67);
    }

    @Test
    void aNoticeMissingAValueIsRefusedAtEnqueueNamingThePlaceholder() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                notifications.enqueue(aNotice().without("dueDate").build())))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().detail()).contains("{dueDate}");
                    assertThat(e.problem().errors()).extracting("field").containsExactly("values.dueDate");
                });
    }

    @Test
    void unknownKindIsNotFound() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notification-templates/telegram_blast/preview")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
