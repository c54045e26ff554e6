package ru.otklik.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import ru.otklik.testing.NotificationsProfile;
import ru.otklik.testing.Tokens;

/**
 * §6 and §13 for the wording of notices: a template too hard to read is not saved, lesser remarks
 * come back as advice; and only the unit that owns a template in the knowledge base may change it.
 */
@QuarkusTest
@TestProfile(NotificationsProfile.class)
class TemplateRulesTest {

    static final String RECEPTION_EDITOR = Tokens.kbEditorOf("rita.reception", "reception");
    static final String LEGAL_EDITOR = Tokens.kbEditorOf("lev.legal", "legal");
    static final String ADMIN = Tokens.withRoles("alexey.admin", "admin");

    static final String FAR_TOO_LONG = "Спасибо, что пришли к нам {visitDate}, и мы очень надеемся, что приём прошёл хорошо, "
            + "что специалист ответил на все ваши вопросы, что вам было удобно ждать своей очереди в холле, что кабинет "
            + "было легко найти по указателям, что документы приняли без задержек, и что вы уйдёте довольным, "
            + "а если нет, то расскажите нам об этом, оценив приём по ссылке {ratingLink}.";

    @Test
    void aSentenceFarTooLongIsRefusedWith422ListingIt() {
        save("visit_rating_request", RECEPTION_EDITOR, draft("Оцените приём", FAR_TOO_LONG, "Оцените приём: {ratingLink}"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/template-plain-language"))
                .body("errors.field", hasItem("body"))
                .body("errors[0].message", containsString("Предложение из"));
    }

    @Test
    void groundsGivenOnlyAsACitationAreRefused() {
        save("inadmissibility_notice", LEGAL_EDITOR, draft("Обращение № {registrationNumber} не рассмотрено",
                "Обращение № {registrationNumber} оставлено без ответа по существу на основании ч. 3 ст. 11 Федерального закона № 59-ФЗ.",
                "Обращение № {registrationNumber} не рассмотрено."))
                .statusCode(422)
                .body("type", equalTo("/problems/template-plain-language"))
                .body("errors.message", hasItem(containsString("Ссылка на норму без объяснения")));
    }

    @Test
    void minorRemarksDoNotStopTheSaveAndComeBackWithTheNewVersion() {
        save("visit_rating_request", RECEPTION_EDITOR, draft("Оцените, пожалуйста, личный приём",
                "Здравствуйте, {clientName}! Настоящим сообщаем, что вы можете оценить приём {visitDate}: {ratingLink}",
                "Оцените приём {visitDate}: {ratingLink}"))
                .statusCode(200)
                .body("findings.find { it.kind == 'cliche' }.severity", equalTo("warning"))
                .body("findings.find { it.kind == 'cliche' }.fragment", equalTo("Настоящим сообщаем"))
                .body("findings.severity", everyItem(equalTo("warning")))
                .body("ownerDepartment", equalTo("reception"))
                .body("editable", equalTo(true));
    }

    @Test
    void shippedTemplatesPassTheCheckAndPreviewShowsRemarksWhileTyping() {
        given().auth().oauth2(RECEPTION_EDITOR).when().get("/api/v1/notification-templates")
                .then().statusCode(200)
                .body("findings.flatten().severity", not(hasItem("error")));
        given().auth().oauth2(RECEPTION_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("draft", draft("Оцените приём", FAR_TOO_LONG, "Оцените приём: {ratingLink}")))
                .when().post("/api/v1/notification-templates/visit_rating_request/preview")
                .then().statusCode(200)
                .body("findings.find { it.kind == 'long_sentence' }.severity", equalTo("error"));
    }

    @Test
    void anEditorOfAnotherDepartmentMayNotChangeTheTemplate() {
        save("term_extension", RECEPTION_EDITOR, termExtension())
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/template-foreign-department"))
                .body("detail", containsString("юридический отдел"));
        given().auth().oauth2(RECEPTION_EDITOR).when().get("/api/v1/notification-templates")
                .then().body("find { it.kind == 'term_extension' }.editable", equalTo(false))
                .body("find { it.kind == 'term_extension' }.ownerDepartmentName", equalTo("юридический отдел"));
    }

    @Test
    void theOwningDepartmentsEditorMayAndTheAdminMayHandItOver() {
        save("term_extension", LEGAL_EDITOR, termExtension())
                .statusCode(200)
                .body("ownerDepartment", equalTo("legal"))
                .body("createdBy", equalTo("lev.legal"));

        Map<String, Object> handOver = new LinkedHashMap<>(termExtension());
        handOver.put("ownerDepartment", "land");
        save("term_extension", LEGAL_EDITOR, handOver)
                .statusCode(403)
                .body("type", equalTo("/problems/template-owner-change"));
        save("term_extension", ADMIN, handOver)
                .statusCode(200)
                .body("ownerDepartment", equalTo("land"));
        save("term_extension", LEGAL_EDITOR, termExtension()).statusCode(403);
        save("term_extension", Tokens.kbEditorOf("lena.land", "land"), termExtension())
                .statusCode(200)
                .body("ownerDepartment", equalTo("land"))
                .body("findings", empty());

        handOver.put("ownerDepartment", "legal");
        save("term_extension", ADMIN, handOver).statusCode(200).body("ownerDepartment", equalTo("legal"));
    }

    @Test
    void anEditorWithoutADepartmentIsToldWhy() {
        save("visit_rating_request", Tokens.withRoles("nina.nodept", "kb_editor"), termExtension())
                .statusCode(403)
                .body("detail", containsString("не указано подразделение"));
    }

    @Test
    void anUnknownOwnerIsABadRequest() {
        Map<String, Object> draft = new LinkedHashMap<>(termExtension());
        draft.put("ownerDepartment", "nowhere");
        save("term_extension", ADMIN, draft)
                .statusCode(400)
                .body("errors[0].field", equalTo("ownerDepartment"));
    }

    private static Map<String, Object> termExtension() {
        return draft("Срок ответа на обращение № {registrationNumber} продлён",
                "Здравствуйте, {clientName}!\n\nНам нужно больше времени, чтобы ответить на обращение № {registrationNumber}: {reason}.\n\n"
                        + "Ответ пришлём не позднее {newDueDate}.",
                "Срок ответа на обращение № {registrationNumber} продлён до {newDueDate}: {reason}.");
    }

    private static Map<String, Object> draft(String subject, String body, String shortBody) {
        return new LinkedHashMap<>(Map.of("subject", subject, "body", body, "shortBody", shortBody));
    }

    private static ValidatableResponse save(String kind, String token, Map<String, Object> draft) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/notification-templates/" + kind)
                .then();
    }
}
