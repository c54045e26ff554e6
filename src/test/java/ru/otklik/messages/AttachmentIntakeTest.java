package ru.otklik.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.otklik.messages.MessageFixtures.aMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import ru.otklik.security.audit.AuditEvent;
import ru.otklik.testing.Tokens;

/** Files with a portal or API submission: sniffed, checksummed, stored whole or not at all. */
@QuarkusTest
class AttachmentIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void filesArriveWithTheMessageAndDownloadByteForByte() throws Exception {
        String marker = "С файлами " + UUID.randomUUID();
        byte[] scan = FileFixtures.pdf(marker);
        byte[] plan = FileFixtures.docx();
        String id = form(Tokens.client("kira"), aMessage().with("text", marker).build())
                .multiPart(file("files", "скан договора.pdf", "application/pdf", scan))
                .multiPart(file("files", "plan.docx", "application/octet-stream", plan))
                .when().post("/api/v1/messages")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> view = given().auth().oauth2(Tokens.client("kira")).get("/api/v1/messages/" + id)
                .then().statusCode(200)
                .body("intakeChannel", equalTo("portal"))
                .body("kind", equalTo("appeal"))
                .body("attachments", hasSize(2))
                .body("correspondence", nullValue())
                .extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) view.get("attachments");
        assertThat(files).extracting(f -> f.get("fileName")).containsExactly("скан договора.pdf", "plan.docx");
        assertThat(files).extracting(f -> f.get("mediaType")).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(files.get(0).get("sha256")).isEqualTo(sha256(scan));
        assertThat(files.get(0).get("size")).isEqualTo(scan.length);

        String attachment = "/api/v1/messages/" + id + "/attachments/" + files.get(0).get("id");
        byte[] downloaded = given().auth().oauth2(Tokens.client("kira")).get(attachment)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''%D1%81%D0%BA%D0%B0%D0%BD"))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(sha256(scan))) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(scan);

        byte[] byStaff = given().auth().oauth2(Tokens.withRoles("pavel.executor", "executor")).get(attachment)
                .then().statusCode(200).extract().asByteArray();
        assertThat(byStaff).isEqualTo(scan);
        List<AuditEvent> audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "recordKind = ?1 and actor = ?2", "message_attachment", "pavel.executor"));
        assertThat(audit).anySatisfy(e -> assertThat(e.recordId).contains(id));
    }

    @Test
    void anotherClientAndStrangersCannotDownload() {
        String id = form(Tokens.client("lena"), aMessage().build())
                .multiPart(file("files", "a.png", "image/png", FileFixtures.png()))
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        String fileId = given().auth().oauth2(Tokens.client("lena")).get("/api/v1/messages/" + id)
                .then().statusCode(200).extract().path("attachments[0].id");
        String attachment = "/api/v1/messages/" + id + "/attachments/" + fileId;

        given().auth().oauth2(Tokens.client("misha")).get(attachment)
                .then().statusCode(404).contentType("application/problem+json");
        given().get(attachment).then().statusCode(401);
        // a real attachment id under another message is not found either
        String other = given().auth().oauth2(Tokens.client("misha")).contentType("application/json")
                .body(aMessage().build()).post("/api/v1/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.client("misha")).get("/api/v1/messages/" + other + "/attachments/" + fileId)
                .then().statusCode(404);
    }

    @Test
    void aProgramRenamedPdfIsRefusedAndNothingIsStored() {
        String marker = "Вирус " + UUID.randomUUID();
        form(null, aMessage().with("text", marker).build())
                .multiPart(file("files", "scan.pdf", "application/pdf", FileFixtures.pdf()))
                .multiPart(file("files", "invoice.pdf", "application/pdf", FileFixtures.exe()))
                .when().post("/api/v1/messages")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/attachment-type-not-allowed"))
                .body("errors.field", hasItem("files[1]"))
                .body("errors[0].message", containsString("invoice.pdf"));
        assertNothingStored(marker);
    }

    @Test
    void aDeclaredTypeThatDisagreesWithTheContentIsRefused() {
        String marker = "Подмена " + UUID.randomUUID();
        form(null, aMessage().with("text", marker).build())
                .multiPart(file("files", "photo.pdf", "application/pdf", FileFixtures.png()))
                .when().post("/api/v1/messages")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/attachment-type-mismatch"))
                .body("errors[0].field", equalTo("files[0]"))
                .body("errors[0].message", containsString("PNG"));
        assertNothingStored(marker);
    }

    @Test
    void anOversizedFileIsNamedAndNothingIsStored() {
        String marker = "Большой " + UUID.randomUUID();
        form(null, aMessage().with("text", marker).build())
                .multiPart(file("files", "small.pdf", "application/pdf", FileFixtures.pdf()))
                .multiPart(file("files", "huge.pdf", "application/pdf", FileFixtures.ofSize(250 * 1024)))
                .when().post("/api/v1/messages")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/attachment-too-large"))
                .body("errors[0].field", equalTo("files[1]"));
        assertNothingStored(marker);
    }

    @Test
    void filesTooLargeTogetherAreRefused() {
        String marker = "Вместе " + UUID.randomUUID();
        form(null, aMessage().with("text", marker).build())
                .multiPart(file("files", "1.pdf", "application/pdf", FileFixtures.ofSize(180 * 1024)))
                .multiPart(file("files", "2.pdf", "application/pdf", FileFixtures.ofSize(180 * 1024)))
                .when().post("/api/v1/messages")
                .then().statusCode(413)
                .body("type", equalTo("/problems/attachments-too-large"))
                .body("errors[0].field", equalTo("files"));
        assertNothingStored(marker);
    }

    @Test
    void theFormWorksTheWayBrowsersSendIt() throws Exception {
        // FormData with a Blob: the JSON part arrives as a file named "blob"
        String id = browserForm()
                .multiPart(new MultiPartSpecBuilder(JSON.writeValueAsBytes(aMessage().with("kind", "proposal").build()))
                        .controlName("message").fileName("blob").mimeType("application/json").build())
                .multiPart(file("files", "note.txt", "text/plain", FileFixtures.text("Дополнение к обращению")))
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("kind", equalTo("proposal"))
                .body("attachments[0].mediaType", equalTo("text/plain"));
    }

    @Test
    void aMissingMessagePartAndInvalidFieldsAreNamed() {
        given().multiPart(file("files", "a.pdf", "application/pdf", FileFixtures.pdf()))
                .post("/api/v1/messages").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("message"));
        form(null, aMessage().without("name").build())
                .post("/api/v1/messages").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aThirdPartyApplicationIsTheApiChannelAndThePortalIsThePortal() {
        String apiToken = ru.otklik.testing.Tokens.withClaims("mfc-robot", Map.of("azp", "mfc-gateway"), "client");
        String viaApi = given().auth().oauth2(apiToken).contentType("application/json")
                .body(aMessage().with("kind", "information_request").build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        String portalToken = ru.otklik.testing.Tokens.withClaims("nina", Map.of("azp", "otklik-spa"), "client");
        String viaPortal = given().auth().oauth2(portalToken).contentType("application/json")
                .body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + viaApi).then().statusCode(200)
                .body("intakeChannel", equalTo("api"))
                .body("kind", equalTo("information_request"));
        given().auth().oauth2(Tokens.operator()).get("/api/v1/messages/" + viaPortal).then().statusCode(200)
                .body("intakeChannel", equalTo("portal"))
                .body("kind", equalTo("appeal"));
    }

    @Test
    void anUnknownKindIsRejectedByName() {
        given().contentType("application/json").body(aMessage().with("kind", "petition").build())
                .post("/api/v1/messages").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void staffCorrectTheKind() {
        String id = given().contentType("application/json").body(aMessage().build())
                .post("/api/v1/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.operator()).contentType("application/json").body(Map.of("kind", "complaint"))
                .put("/api/v1/messages/" + id + "/kind").then().statusCode(200).body("kind", equalTo("complaint"));
        given().auth().oauth2(Tokens.client("x")).contentType("application/json").body(Map.of("kind", "appeal"))
                .put("/api/v1/messages/" + id + "/kind").then().statusCode(403);
    }

    @Test
    void theRulesAreAnnouncedToForms() {
        given().get("/api/v1/messages/attachment-rules").then().statusCode(200)
                .body("maxFileSize", equalTo(200 * 1024))
                .body("formats.mediaType", hasItem("application/pdf"))
                .body("formats.find { it.mediaType == 'image/jpeg' }.extensions", hasItem("jpg"));
    }

    /** Multipart as browsers send it: file names in UTF-8, not squeezed into ASCII. */
    static RequestSpecification browserForm() {
        return given().config(RestAssured.config()
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)));
    }

    static RequestSpecification form(String token, Map<String, Object> message) {
        RequestSpecification spec = token == null ? browserForm() : browserForm().auth().oauth2(token);
        try {
            return spec.multiPart(new MultiPartSpecBuilder(JSON.writeValueAsString(message))
                    .controlName("message").mimeType("application/json").charset("UTF-8").build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static io.restassured.specification.MultiPartSpecification file(String field, String name, String type,
            byte[] content) {
        return new MultiPartSpecBuilder(content).controlName(field).fileName(name).mimeType(type).build();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static void assertNothingStored(String marker) {
        long messages = QuarkusTransaction.requiringNew().call(() -> Message.count("text", marker));
        assertThat(messages).isZero();
    }
}
