package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.otklik.clients.ClientFixtures;
import ru.otklik.testing.Tokens;

@QuarkusTest
class MessageClientLinkTest {

    private static final String OPERATOR = Tokens.operator();

    @Test
    void loggedInClientsMessageBelongsToTheirRecordCreatedOnTheSpot() {
        String token = Tokens.client("link-first-time", Map.of("name", "Орлова Вера", "email", "vera@example.org"));
        String messageId = given().auth().oauth2(token).contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        String clientId = given().auth().oauth2(token).get("/api/v1/clients/me")
                .then().statusCode(200).body("name", equalTo("Орлова Вера")).extract().path("id");

        given().auth().oauth2(OPERATOR).get("/api/v1/messages/" + messageId)
                .then().statusCode(200)
                .body("client.id", equalTo(clientId))
                .body("client.type", equalTo("person"));
        given().auth().oauth2(OPERATOR).get("/api/v1/clients/" + clientId + "/messages")
                .then().statusCode(200).body("items.id", hasItem(messageId));
    }

    @Test
    void staffLinkAnAnonymousMessageToACompanyAndTheCardShowsItsInn() {
        String messageId = given().contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OPERATOR).get("/api/v1/messages/" + messageId).then().statusCode(200).body("client", nullValue());

        Map<String, Object> company = ClientFixtures.aCompany().build();
        String clientId = given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(company)
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");

        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .put("/api/v1/messages/" + messageId + "/client")
                .then().statusCode(200).body("id", equalTo(clientId));
        given().auth().oauth2(OPERATOR).get("/api/v1/messages/" + messageId)
                .then().statusCode(200)
                .body("client.type", equalTo("legal_entity"))
                .body("client.inn", equalTo(company.get("inn")));
        given().auth().oauth2(OPERATOR).get("/api/v1/clients/" + clientId + "/messages")
                .then().statusCode(200).body("items.id", hasItem(messageId)).body("totalItems", equalTo(1));
    }

    @Test
    void linkingToAnUnknownClientOrMessageIsRefused() {
        String messageId = given().contentType(ContentType.JSON).body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("clientId", "00000000-0000-0000-0000-000000000002"))
                .put("/api/v1/messages/" + messageId + "/client")
                .then().statusCode(400).body("errors[0].field", equalTo("clientId"));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("clientId", "00000000-0000-0000-0000-000000000002"))
                .put("/api/v1/messages/00000000-0000-0000-0000-000000000003/client")
                .then().statusCode(404);
        given().auth().oauth2(OPERATOR).get("/api/v1/clients/00000000-0000-0000-0000-000000000002/messages")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void clientCannotLinkMessages() {
        given().auth().oauth2(Tokens.client("link-intruder")).contentType(ContentType.JSON)
                .body(Map.of("clientId", "00000000-0000-0000-0000-000000000002"))
                .put("/api/v1/messages/00000000-0000-0000-0000-000000000003/client")
                .then().statusCode(403);
    }
}
