package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import ru.otklik.security.CurrentUser;

/**
 * Builds knowledge-base requests as the SPA sends them, and the tokens of the people who send
 * them; each test changes only what it is about.
 */
public final class KnowledgeFixtures {

    /** Seeded by the migrations: the reception's consultation-line section (§17–§30). */
    public static final String LINE_SECTION = "0b5e0000-0000-4000-8000-000000000001";

    private final Map<String, Object> body = new LinkedHashMap<>();

    private KnowledgeFixtures(String sectionId) {
        body.put("sectionId", sectionId);
        body.put("kind", "other");
        body.put("title", "Материал " + UUID.randomUUID());
        body.put("body", "Текст материала.");
    }

    public static KnowledgeFixtures anArticle(String sectionId) {
        return new KnowledgeFixtures(sectionId);
    }

    public KnowledgeFixtures faq(String question) {
        body.put("kind", "faq");
        body.put("question", question);
        return this;
    }

    public KnowledgeFixtures kind(String kind) {
        body.put("kind", kind);
        return this;
    }

    public KnowledgeFixtures title(String title) {
        body.put("title", title);
        return this;
    }

    public KnowledgeFixtures body(String markdown) {
        body.put("body", markdown);
        return this;
    }

    public KnowledgeFixtures topics(String... topics) {
        body.put("topics", List.of(topics));
        return this;
    }

    public KnowledgeFixtures tags(String... tags) {
        body.put("tags", List.of(tags));
        return this;
    }

    public KnowledgeFixtures publicOnPortal() {
        body.put("public", true);
        return this;
    }

    public KnowledgeFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public KnowledgeFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }

    /** Creates the article as {@code token}'s owner and returns its id. */
    public String create(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(build())
                .post("/api/v1/knowledge/articles").then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes it; returns its id. */
    public String publish(String token) {
        String id = create(token);
        given().auth().oauth2(token).post("/api/v1/knowledge/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** A kb_editor of the given units; the units travel in the token's department claim as a list. */
    public static String editorOf(String user, String... departments) {
        return token(user, Set.of("kb_editor"), Map.of(CurrentUser.DEPARTMENT_CLAIM, List.of(departments)));
    }

    public static String admin() {
        return token("alexey.admin", Set.of("admin"), Map.of());
    }

    public static String operator() {
        return token("olga.operator", Set.of("operator"), Map.of());
    }

    /**
     * Signed like {@code OidcWiremockTestResource.generateJwtToken}, whose extra claims can only be
     * strings; the department claim is a list in Keycloak's tokens, so it must be one here too.
     */
    public static String token(String user, Set<String> roles, Map<String, Object> claims) {
        JwtClaimsBuilder jwt = Jwt.preferredUserName(user).groups(roles)
                .issuer(System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com"))
                .audience(Set.of("https://service.example.com"))
                .subject(user)
                .claim("typ", "Bearer");
        claims.forEach(jwt::claim);
        return jwt.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A fresh section of {@code department}, created by an administrator; returns its id. */
    public static String aSection(String department) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("departmentCode", department);
        section.put("title", "Функция " + UUID.randomUUID());
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(section)
                .post("/api/v1/knowledge/sections").then().statusCode(201).extract().path("id");
    }

    /** A topic code no other test uses, to search among one test's own articles. */
    public static String aTopic() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }

    public static List<String> ids(List<Map<String, Object>> hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add((String) h.get("id")));
        return ids;
    }
}
