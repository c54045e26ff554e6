package ru.otklik.clients;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.otklik.clients.ClientFixtures.aCompany;
import static ru.otklik.clients.ClientFixtures.aPerson;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.otklik.security.audit.AuditEvent;
import ru.otklik.testing.Tokens;

@QuarkusTest
class ClientRegistryTest {

    private static final String EXECUTOR = Tokens.withRoles("ivan.executor", "executor");

    @Test
    void profileIsCreatedFromTheTokenOnFirstVisit() {
        String token = Tokens.client("profile-first", Map.of("name", "Смирнова Анна Олеговна", "email", "anna@example.org"));
        String id = given().auth().oauth2(token).get("/api/v1/clients/me")
                .then().statusCode(200)
                .body("type", equalTo("person"))
                .body("name", equalTo("Смирнова Анна Олеговна"))
                .body("email", equalTo("anna@example.org"))
                .body("portalAccount", equalTo("profile-first"))
                .body("preferredChannel", equalTo("portal"))
                .extract().path("id");

        given().auth().oauth2(token).get("/api/v1/clients/me").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void clientTurnsTheirProfileIntoACompanyWithValidNumbers() {
        String token = Tokens.client("profile-company", Map.of("name", "Ким Олег"));
        String inn = TaxIdFixtures.uniqueOrganisationInn();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(aCompany().with("inn", inn).with("phone", "8 913 123-45-67")
                        .with("preferredChannel", "portal").with("additionalChannel", "sms").build())
                .put("/api/v1/clients/me")
                .then().statusCode(200)
                .body("type", equalTo("legal_entity"))
                .body("inn", equalTo(inn))
                .body("phone", equalTo("+79131234567"))
                .body("portalAccount", equalTo("profile-company"));
    }

    @Test
    void clientNeverSeesAnotherClient() {
        String anna = Tokens.client("owner-anna");
        String boris = Tokens.client("owner-boris");
        String annasId = given().auth().oauth2(anna).get("/api/v1/clients/me").then().statusCode(200).extract().path("id");
        String borisId = given().auth().oauth2(boris).get("/api/v1/clients/me").then().statusCode(200).extract().path("id");

        given().auth().oauth2(anna).get("/api/v1/clients/" + annasId).then().statusCode(200);
        given().auth().oauth2(anna).get("/api/v1/clients/" + borisId)
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(anna).get("/api/v1/clients?q=owner")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(anna).get("/api/v1/clients/" + borisId + "/messages")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void wrongInnAndOgrnAreNamedInTheProblem() {
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aCompany().with("inn", TaxIdFixtures.withWrongLastDigit(TaxIdFixtures.SBERBANK_INN))
                        .with("ogrn", "12345").build())
                .post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.find { it.field == 'inn' }.message", equalTo(
                        "ИНН не прошёл проверку контрольных цифр: проверьте, не перепутана ли цифра"))
                .body("errors.find { it.field == 'ogrn' }.message", equalTo(
                        "ОГРН — 13 цифр у организации или ОГРНИП — 15 цифр у предпринимателя"));
    }

    @Test
    void companyNeedsBothNumbersAndAnEntrepreneurMustNotMixThem() {
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aCompany().without("inn").without("ogrn").build())
                .post("/api/v1/clients")
                .then().statusCode(400)
                .body("errors.field", hasItem("inn")).body("errors.field", hasItem("ogrn"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aCompany().with("ogrn", "304500116000157").build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("ogrn"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aCompany().with("name", "ИП Лебедев А. В.").with("inn", "500100732259").with("ogrn", "304500116000157").build())
                .post("/api/v1/clients")
                .then().statusCode(201).body("inn", equalTo("500100732259")).body("ogrn", equalTo("304500116000157"));
    }

    @Test
    void chosenChannelNeedsItsContactAndPhoneMustBeReal() {
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().without("email").with("phone", "12").with("additionalChannel", "post").build())
                .post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("postalAddress"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().with("additionalChannel", "email").build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("additionalChannel"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().with("preferredChannel", "portal").build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("preferredChannel"));
    }

    @Test
    void internalClientNamesTheirUnit() {
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().with("type", "internal").build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("unitName"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().with("type", "internal").with("unitName", "Отдел бухгалтерского учёта").build())
                .post("/api/v1/clients")
                .then().statusCode(201).body("type", equalTo("internal")).body("unitName", equalTo("Отдел бухгалтерского учёта"));
    }

    @Test
    void secondCompanyWithTheSameInnIsAConflict() {
        Map<String, Object> company = aCompany().build();
        String first = given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON).body(company)
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON).body(company)
                .post("/api/v1/clients")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/client-duplicate-inn"))
                .body("errors[0].field", equalTo("inn"));
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON).body(company)
                .put("/api/v1/clients/" + first).then().statusCode(200);
    }

    @Test
    void portalAccountBelongsToOneClient() {
        given().auth().oauth2(Tokens.client("taken-account")).get("/api/v1/clients/me").then().statusCode(200);
        given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aPerson().with("portalAccount", "taken-account").build())
                .post("/api/v1/clients")
                .then().statusCode(409).body("type", equalTo("/problems/client-duplicate-portal-account"));
    }

    @Test
    void staffFindClientsByNameInnOgrnEmailAndPhoneAndEveryReadIsAudited() {
        String inn = TaxIdFixtures.uniqueOrganisationInn();
        String id = given().auth().oauth2(EXECUTOR).contentType(ContentType.JSON)
                .body(aCompany().with("name", "АО «Обская гавань»").with("inn", inn).with("email", "gavan@example.org")
                        .with("phone", "+7 383 222-33-44").build())
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");

        for (String q : List.of("обская", inn, "gavan@", "8 (383) 222-33-44")) {
            given().auth().oauth2(EXECUTOR).queryParam("q", q).get("/api/v1/clients")
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        given().auth().oauth2(EXECUTOR).queryParam("q", "Нет такого клиента вообще").get("/api/v1/clients")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(EXECUTOR).get("/api/v1/clients/" + id).then().statusCode(200).body("inn", equalTo(inn));

        List<AuditEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list("recordKind = ?1 and actor = ?2 and (recordId = ?3 or recordId = ?4)",
                        "client", "ivan.executor", id, inn));
        assertThat(events).extracting(e -> e.action)
                .contains("ClientService.get", "ClientService.search");
    }

    @Test
    void unknownClientIs404ForStaff() {
        given().auth().oauth2(EXECUTOR).get("/api/v1/clients/00000000-0000-0000-0000-000000000001")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void clientCannotMakeThemselvesStaffOfAnotherUnit() {
        given().auth().oauth2(Tokens.client("wants-internal")).contentType(ContentType.JSON)
                .body(aPerson().with("type", "internal").with("unitName", "Отдел кадров").build())
                .put("/api/v1/clients/me")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(Tokens.client("wants-internal")).get("/api/v1/clients/me")
                .then().statusCode(200).body("unitName", nullValue());
    }
}
