package ru.otklik.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.otklik.testing.Tokens;

@QuarkusTest
class TextResourceTest {

    private static final String PATH = "/api/v1/text/analyse";

    private static Map<String, Object> incoming(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("kind", "incoming");
        body.put("receivedAt", "2026-11-28T03:00:00Z");
        return body;
    }

    @Test
    void incomingMessageGetsEveryVerdictWithEvidence() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(incoming("Заебали тянуть с продлением договора аренды участка! Суд 15.12.2026, я вас убью, если опять откажете."))
                .when().post(PATH)
                .then().statusCode(200)
                .body("kind", equalTo("incoming"))
                .body("abuse.verdict", equalTo("threat"))
                .body("abuse.inadmissible", equalTo(true))
                .body("abuse.categories", contains("obscene", "threat"))
                .body("abuse.evidence[0].fragment", equalTo("Заебали"))
                .body("abuse.evidence[0].start", equalTo(0))
                .body("abuse.evidence[0].rule", equalTo("мат: корень «еб»"))
                .body("urgency.urgent", equalTo(true))
                .body("urgency.answerBy", equalTo("2026-12-14"))
                .body("urgency.reasons.reason", hasItem("суд"))
                .body("topics[0].code", equalTo("land.lease"))
                .body("topics[0].confidence", notNullValue())
                .body("plainLanguage", nullValue());
    }

    @Test
    void draftIsCheckedForPlainLanguageAndCitationOnlyRefusalIsBlocked() {
        Map<String, Object> body = Map.of("text", "В предоставлении участка отказано в соответствии с пп. 2 п. 1 ст. 39.16 ЗК РФ.",
                "kind", "draft");
        given().auth().oauth2(Tokens.withRoles("eva.executor", "executor")).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(200)
                .body("abuse.verdict", equalTo("none"))
                .body("plainLanguage.refusal", equalTo(true))
                .body("plainLanguage.blocked", equalTo(true))
                .body("plainLanguage.remarks.kind", hasItem("unexplained_citation"))
                .body("urgency", nullValue())
                .body("topics", nullValue());
    }

    @Test
    void knowledgeBaseEditorsMayAnalyse() {
        given().auth().oauth2(Tokens.withRoles("kira.editor", "kb_editor")).contentType(ContentType.JSON)
                .body(incoming("Прошу разъяснить порядок выкупа арендуемого помещения."))
                .when().post(PATH)
                .then().statusCode(200).body("abuse.verdict", equalTo("none"));
    }

    @Test
    void clientsMayNot() {
        given().auth().oauth2(Tokens.client("citizen-1")).contentType(ContentType.JSON).body(incoming("Текст"))
                .when().post(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void anonymousCallersMustLogIn() {
        given().contentType(ContentType.JSON).body(incoming("Текст"))
                .when().post(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void emptyTextIsRefusedNamingTheField() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(incoming("   "))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("text"));
    }

    @Test
    void textOverAHundredThousandCharactersIsRefusedWithAClearDetail() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(incoming("а".repeat(100_001)))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("text"))
                .body("errors.message", contains("Текст — не длиннее 100 000 символов"));
    }

    @Test
    void missingOrUnknownKindIsNamed() {
        Map<String, Object> noKind = incoming("Текст");
        noKind.remove("kind");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(noKind)
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("kind"));
        Map<String, Object> badKind = incoming("Текст");
        badKind.put("kind", "letter");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(badKind)
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", contains("kind"));
    }

    @Test
    void aBodyOverTheSizeLimitIsAProblem() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(incoming("я".repeat(600_000)))
                .when().post(PATH)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/body-too-large"));
    }
}
