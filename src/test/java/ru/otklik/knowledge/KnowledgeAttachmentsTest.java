package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.admin;
import static ru.otklik.knowledge.KnowledgeFixtures.anArticle;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** §32–§34: an article carries the act, the form or the job description it talks about. */
@QuarkusTest
class KnowledgeAttachmentsTest {

    private static final String MARINA = editorOf("marina.land", "land");
    private static final String LEV = editorOf("lev.legal", "legal");
    private static String section;

    /** Created once the app is up (RestAssured has no port before that). */
    @BeforeEach
    void section() {
        if (section == null) {
            section = aSection("land");
        }
    }

    @Test
    void editorAttachesAnActAndStaffDownloadItByteForByte() throws Exception {
        String id = anArticle(section).title("Аренда без торгов").publish(MARINA);
        byte[] act = pdf("Приказ 152-п");

        Response added = upload(id, MARINA, "Приказ 152-п.pdf", "application/pdf", act);
        added.then().statusCode(201)
                .body("fileName", equalTo("Приказ 152-п.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(act.length))
                .body("sha256", equalTo(sha256(act)))
                .body("addedBy", equalTo("marina.land"));
        String fileId = added.path("id");
        assertThat(added.header("Location")).endsWith("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId);

        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + id).then().statusCode(200)
                .body("attachments.id", contains(fileId))
                .body("attachments[0].sha256", equalTo(sha256(act)));
        given().auth().oauth2(operator()).get("/api/v1/knowledge/articles/" + id + "/attachments").then().statusCode(200)
                .body("fileName", contains("Приказ 152-п.pdf"));

        Response download = given().auth().oauth2(operator()).get(added.header("Location"));
        download.then().statusCode(200)
                .contentType("application/pdf")
                .header("ETag", equalTo("\"" + sha256(act) + "\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%9F%D1%80%D0%B8%D0%BA%D0%B0%D0%B7"))
                .header("X-Content-Type-Options", "nosniff");
        byte[] body = download.asByteArray();
        assertThat(body).isEqualTo(act);
        assertThat(sha256(body)).isEqualTo(download.header("ETag").replace("\"", ""));

        given().auth().oauth2(operator()).header("If-None-Match", download.header("ETag"))
                .get(added.header("Location")).then().statusCode(304);
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        String id = anArticle(section).create(MARINA);
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg1251 Должностная инструкция\\par}".getBytes(StandardCharsets.US_ASCII);
        upload(id, MARINA, "инструкция", "application/octet-stream", rtf).then().statusCode(201)
                .body("mediaType", equalTo("application/rtf"));

        upload(id, MARINA, "бланк.pdf", "application/pdf", exe()).then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/attachment-type-not-allowed"))
                .body("errors.field", contains("file"))
                .body("errors[0].message", containsString("бланк.pdf"));
        upload(id, MARINA, "схема.pdf", "application/pdf", png()).then().statusCode(422)
                .body("type", equalTo("/problems/attachment-type-mismatch"))
                .body("errors.field", contains("file"))
                .body("errors[0].message", containsString("PNG"));
        upload(id, MARINA, "пусто.txt", "text/plain", new byte[0]).then().statusCode(422)
                .body("type", equalTo("/problems/attachment-empty"))
                .body("errors.field", contains("file"));

        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/attachments").then().statusCode(200)
                .body("fileName", contains("инструкция"));
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheField() {
        String id = anArticle(section).create(MARINA);
        byte[] big = new byte[65 * 1024];
        byte[] head = pdf("скан на много страниц");
        System.arraycopy(head, 0, big, 0, head.length);

        upload(id, MARINA, "скан.pdf", "application/pdf", big).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/attachment-too-large"))
                .body("errors.field", contains("file"))
                .body("errors[0].message", containsString("64 КБ"));
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/attachments").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void theSameFileTwiceIsAConflictNamingTheFileAlreadyThere() {
        String id = anArticle(section).create(MARINA);
        byte[] form = pdf("Бланк заявления " + UUID.randomUUID());
        upload(id, MARINA, "бланк.pdf", "application/pdf", form).then().statusCode(201);

        upload(id, MARINA, "бланк (1).pdf", "application/pdf", form).then().statusCode(409)
                .body("type", equalTo("/problems/knowledge-attachment-duplicate"))
                .body("errors.field", contains("file"))
                .body("detail", containsString("«бланк.pdf»"));
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/attachments").then()
                .body("$", hasSize(1));
    }

    @Test
    void everyFileChangeIsAVersionWithAuthorAndTheFileNamed() {
        String id = anArticle(section).body("Текст статьи.").create(MARINA);
        String fileId = upload(id, MARINA, "Должностная инструкция.txt", "text/plain",
                "Обязанности специалиста".getBytes(StandardCharsets.UTF_8)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin()).delete("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId)
                .then().statusCode(204);

        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/versions").then().statusCode(200)
                .body("number", contains(3, 2, 1))
                .body("author", contains("alexey.admin", "marina.land", "marina.land"))
                .body("changeSummary", contains("Удалён файл «Должностная инструкция.txt»",
                        "Добавлен файл «Должностная инструкция.txt»", "Создана"));
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id).then()
                .body("version", equalTo(3))
                .body("attachments", empty());
        given().auth().oauth2(MARINA).get("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId)
                .then().statusCode(404);
    }

    @Test
    void aFileAddedMeanwhileDoesNotSpoilAnEditorsSave() {
        String id = anArticle(section).body("Первый текст.").create(MARINA);
        upload(id, editorOf("pavel.land", "land"), "бланк.pdf", "application/pdf", pdf("бланк")).then().statusCode(201);

        given().auth().oauth2(MARINA).contentType(ContentType.JSON)
                .body(anArticle(section).body("Исправленный текст.").with("baseVersion", 1).build())
                .put("/api/v1/knowledge/articles/" + id).then().statusCode(200)
                .body("version", equalTo(3))
                .body("attachments.fileName", contains("бланк.pdf"));
    }

    @Test
    void onlyTheOwningUnitsEditorsChangeFiles() {
        String id = anArticle(section).publish(MARINA);
        upload(id, LEV, "приказ.pdf", "application/pdf", pdf("чужой приказ")).then().statusCode(403)
                .body("type", equalTo("/problems/knowledge-foreign-section"));
        String fileId = upload(id, MARINA, "приказ.pdf", "application/pdf", pdf("свой приказ")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(LEV).delete("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId)
                .then().statusCode(403);
        given().auth().oauth2(operator()).delete("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId)
                .then().statusCode(403);
        given().delete("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId).then().statusCode(401);
        // a reader of another unit still reads a published article's files
        given().auth().oauth2(LEV).get("/api/v1/knowledge/articles/" + id + "/attachments/" + fileId).then().statusCode(200);
    }

    @Test
    void readersSeeFilesExactlyWhereTheySeeTheArticle() {
        String draft = anArticle(section).create(MARINA);
        String draftFile = upload(draft, MARINA, "проект.pdf", "application/pdf", pdf("проект")).then().statusCode(201)
                .extract().path("id");
        String internal = anArticle(section).publish(MARINA);
        String internalFile = upload(internal, MARINA, "регламент.pdf", "application/pdf", pdf("регламент"))
                .then().statusCode(201).extract().path("id");
        String faq = anArticle(section).faq("Где взять бланк заявления?").publicOnPortal().publish(MARINA);
        String faqFile = upload(faq, MARINA, "бланк.pdf", "application/pdf", pdf("бланк для портала"))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(operator()).get(file(draft, draftFile)).then().statusCode(404);
        given().auth().oauth2(LEV).get("/api/v1/knowledge/articles/" + draft + "/attachments").then().statusCode(404);
        given().auth().oauth2(operator()).get(file(internal, internalFile)).then().statusCode(200);

        given().get(file(draft, draftFile)).then().statusCode(404);
        given().get(file(internal, internalFile)).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/knowledge/articles/" + internal + "/attachments").then().statusCode(404);
        given().get("/api/v1/knowledge/articles/" + faq).then().statusCode(200)
                .body("attachments.fileName", contains("бланк.pdf"));
        given().get(file(faq, faqFile)).then().statusCode(200).contentType("application/pdf");
        // a file id of another article does not open through this one
        given().auth().oauth2(operator()).get(file(faq, internalFile)).then().statusCode(404);
    }

    @Test
    void aRequestWithoutTheFilePartNamesTheField() {
        String id = anArticle(section).create(MARINA);
        browserForm().auth().oauth2(MARINA)
                .multiPart(new MultiPartSpecBuilder("просто текст").controlName("note").build())
                .post("/api/v1/knowledge/articles/" + id + "/attachments")
                .then().statusCode(400)
                .body("errors.field", contains("file"));
    }

    private static String file(String article, String attachment) {
        return "/api/v1/knowledge/articles/" + article + "/attachments/" + attachment;
    }

    private static Response upload(String article, String token, String name, String type, byte[] content) {
        return browserForm().auth().oauth2(token)
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(name).mimeType(type).build())
                .post("/api/v1/knowledge/articles/" + article + "/attachments");
    }

    /** Multipart as browsers send it: file names in UTF-8. */
    private static io.restassured.specification.RequestSpecification browserForm() {
        return given().config(RestAssured.config()
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)));
    }

    private static byte[] pdf(String body) {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% " + body + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows program: what a ".pdf" from a stranger sometimes really is. */
    private static byte[] exe() {
        byte[] b = new byte[128];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        return b;
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] sig = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
