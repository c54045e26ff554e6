package ru.otklik.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.otklik.knowledge.KnowledgeFixtures.aSection;
import static ru.otklik.knowledge.KnowledgeFixtures.aTopic;
import static ru.otklik.knowledge.KnowledgeFixtures.anArticle;
import static ru.otklik.knowledge.KnowledgeFixtures.editorOf;
import static ru.otklik.knowledge.KnowledgeFixtures.ids;
import static ru.otklik.knowledge.KnowledgeFixtures.operator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** §13, §25: staff find the right material in Russian, whatever the word form or a slip of the keyboard. */
@QuarkusTest
class KnowledgeSearchTest {

    private static final String LAND_EDITOR = editorOf("marina.land", "land");
    private static String landSection;

    /** Created once the app is up (RestAssured has no port before that). */
    @BeforeEach
    void landSection() {
        if (landSection == null) {
            landSection = aSection("land");
        }
    }

    @Test
    void inflectedFormFindsTheArticle() {
        String topic = aTopic();
        String id = anArticle(landSection).title("Земельный участок под индивидуальное жилищное строительство")
                .body("Земельный участок для ИЖС предоставляется гражданину в аренду.").topics(topic)
                .publish(LAND_EDITOR);

        assertThat(hits(search(operator(), "земельного участка").queryParam("topic", topic))).containsExactly(id);
        assertThat(hits(search(operator(), "земельного участка"))).contains(id);
        assertThat(hits(search(operator(), "земельными участками").queryParam("topic", topic))).containsExactly(id);
    }

    @Test
    void oneTypoStillFindsTheArticle() {
        String topic = aTopic();
        String id = anArticle(landSection).title("Выкуп земельного участка собственником здания")
                .body("Собственник здания выкупает земельный участок без торгов.").topics(topic)
                .publish(LAND_EDITOR);

        assertThat(hits(search(operator(), "зимельный участок").queryParam("topic", topic))).containsExactly(id);
        assertThat(hits(search(operator(), "учасок").queryParam("topic", topic))).containsExactly(id);
        assertThat(hits(search(operator(), "собствиник здания").queryParam("topic", topic))).containsExactly(id);
    }

    @Test
    void exactFaqQuestionRanksFirst() {
        String topic = aTopic();
        String question = "Как продлить договор аренды земельного участка без торгов?";
        String longer = anArticle(landSection).title("Продление аренды земельного участка")
                .body("Договор аренды земельного участка продлевается без торгов, если арендатор обратился до истечения договора. "
                        + "Аренда земельного участка без торгов продлевается однократно. Продлить договор аренды можно через МФЦ.")
                .topics(topic).publish(LAND_EDITOR);
        anArticle(landSection).faq("Можно ли продлить договор аренды через МФЦ?")
                .body("Да, заявление о продлении договора аренды земельного участка принимает МФЦ.").topics(topic)
                .publish(LAND_EDITOR);
        String exact = anArticle(landSection).faq(question).title("Продление договора аренды")
                .body("Подайте заявление в департамент не позднее чем за три месяца до окончания договора.").topics(topic)
                .publish(LAND_EDITOR);

        List<String> ranked = hits(search(operator(), question).queryParam("topic", topic));
        assertThat(ranked).first().isEqualTo(exact);
        assertThat(ranked).contains(longer);
        assertThat(hits(search(operator(), question))).first().isEqualTo(exact);
        List<Float> scores = search(operator(), question).queryParam("topic", topic)
                .get("/api/v1/knowledge/search").then().statusCode(200).extract().path("hits.score");
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void snippetMarksTheHitsAndEscapesEverythingElse() {
        String topic = aTopic();
        anArticle(landSection).title("Оспаривание кадастровой оценки")
                .body("Кадастровая **стоимость** & оспаривание: если стоимость < рыночной, см. [статью 22](https://example.org/22).")
                .topics(topic).publish(LAND_EDITOR);

        String snippet = search(operator(), "кадастровая стоимость").queryParam("topic", topic)
                .get("/api/v1/knowledge/search").then().statusCode(200)
                .body("hits[0].kind", equalTo("other"))
                .body("hits[0].departmentCode", equalTo("land"))
                .extract().path("hits[0].snippet");
        assertThat(snippet)
                .contains("<mark>Кадастровая</mark> <mark>стоимость</mark> &amp; оспаривание")
                .contains("<mark>стоимость</mark> &lt; рыночной, см. статью")
                .doesNotContain("**", "](", "example.org");
    }

    @Test
    void questionNoArticleAnswersInFullFindsArticlesWithSomeOfItsWordsWithMarkedSnippets() {
        String topic = aTopic();
        String id = anArticle(landSection).faq("Как оформить гараж по гаражной амнистии?")
                .body("Гараж, построенный до введения Градостроительного кодекса, оформляется по «гаражной амнистии»: "
                        + "заявление подают в департамент.")
                .topics(topic).publish(LAND_EDITOR);

        String snippet = search(operator(), "Можно ли оформить гаражи в Бердске по гаражной амнистии без межевого плана?")
                .queryParam("topic", topic)
                .get("/api/v1/knowledge/search").then().statusCode(200)
                .body("hits.id", equalTo(List.of(id)))
                .extract().path("hits[0].snippet");
        assertThat(snippet)
                .startsWith("Как <mark>оформить</mark> <mark>гараж</mark> по <mark>гаражной</mark> <mark>амнистии</mark>?")
                .contains("<mark>Гараж</mark>, построенный", "по «<mark>гаражной</mark> <mark>амнистии</mark>»");
    }

    @Test
    void filtersNarrowByKindDepartmentAndTopic() {
        String topic = aTopic();
        String legalSection = aSection("legal");
        String template = anArticle(landSection).kind("answer_template").title("Ответ о сервитуте")
                .body("Сервитут на земельный участок устанавливается соглашением.").topics(topic).publish(LAND_EDITOR);
        String example = anArticle(landSection).kind("solution_example").title("Пример: сервитут для проезда")
                .body("Сервитут для проезда к участку установлен соглашением сторон.").topics(topic).publish(LAND_EDITOR);
        String legal = anArticle(legalSection).title("Сервитут в судебной практике")
                .body("Сервитут устанавливается судом, если стороны не договорились.").topics(topic)
                .publish(editorOf("lev.legal", "legal"));

        assertThat(hits(search(operator(), "сервитут").queryParam("topic", topic))).containsExactlyInAnyOrder(template, example, legal);
        assertThat(hits(search(operator(), "сервитут").queryParam("topic", topic).queryParam("kind", "answer_template")))
                .containsExactly(template);
        assertThat(hits(search(operator(), "сервитут").queryParam("topic", topic).queryParam("department", "legal")))
                .containsExactly(legal);
        assertThat(hits(search(operator(), "сервитут").queryParam("topic", aTopic()))).isEmpty();
    }

    @Test
    void staffSearchSkipsDrafts() {
        String topic = aTopic();
        String published = anArticle(landSection).title("Перераспределение земель").body("Перераспределение земель и участков.")
                .topics(topic).publish(LAND_EDITOR);
        anArticle(landSection).title("Перераспределение: черновик").body("Перераспределение — черновик.").topics(topic)
                .create(LAND_EDITOR);

        assertThat(hits(search(operator(), "перераспределение").queryParam("topic", topic))).containsExactly(published);
        assertThat(hits(search(LAND_EDITOR, "перераспределение").queryParam("topic", topic))).containsExactly(published);
    }

    @Test
    void anonymousCallerSeesOnlyPublishedPublicFaq() {
        String topic = aTopic();
        String publicFaq = anArticle(landSection).faq("Сколько стоит аренда пастбища?").body("Арендная плата за пастбище …")
                .publicOnPortal().topics(topic).publish(LAND_EDITOR);
        String internalFaq = anArticle(landSection).faq("Как считать аренду пастбища по формуле?")
                .body("Формула арендной платы за пастбище …").topics(topic).publish(LAND_EDITOR);
        String draftPublicFaq = anArticle(landSection).faq("Будет ли льгота по аренде пастбища?")
                .body("Проект ответа о льготе за пастбище.").publicOnPortal().topics(topic).create(LAND_EDITOR);
        String template = anArticle(landSection).kind("answer_template").title("Шаблон: аренда пастбища")
                .body("Уважаемый заявитель! Аренда пастбища …").topics(topic).publish(LAND_EDITOR);

        assertThat(hits(given().queryParam("q", "пастбище").queryParam("topic", topic))).containsExactly(publicFaq);
        assertThat(hits(given().queryParam("q", "пастбище").queryParam("topic", topic).queryParam("kind", "answer_template")))
                .isEmpty();
        assertThat(hits(search(KnowledgeFixtures.token("anna", Set.of("client"), Map.of()), "пастбище")
                .queryParam("topic", topic))).containsExactly(publicFaq);
        assertThat(hits(search(operator(), "пастбище").queryParam("topic", topic)))
                .containsExactlyInAnyOrder(publicFaq, internalFaq, template);

        given().get("/api/v1/knowledge/articles/" + publicFaq).then().statusCode(200).body("question", equalTo("Сколько стоит аренда пастбища?"));
        for (String hidden : List.of(internalFaq, draftPublicFaq, template)) {
            given().get("/api/v1/knowledge/articles/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void badSearchInputIsAProblemNamingTheField() {
        expectFieldProblem(given().queryParam("q", "   "), "q");
        expectFieldProblem(given(), "q");
        expectFieldProblem(given().queryParam("q", "аренда").queryParam("kind", "novel"), "kind");
        expectFieldProblem(given().queryParam("q", "аренда").queryParam("department", "nowhere"), "department");
        expectFieldProblem(given().queryParam("q", "аренда").queryParam("topic", "Не код"), "topic");
        expectFieldProblem(given().queryParam("q", "аренда").queryParam("limit", "0"), "limit");
        expectFieldProblem(given().queryParam("q", "а".repeat(301)), "q");
    }

    @Test
    void queryOfStopWordsOnlyFindsNothing() {
        assertThat(hits(search(operator(), "как и в на"))).isEmpty();
    }

    private static void expectFieldProblem(RequestSpecification request, String field) {
        request.get("/api/v1/knowledge/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    private static RequestSpecification search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).queryParam("limit", 50);
    }

    private static List<String> hits(RequestSpecification request) {
        List<Map<String, Object>> hits = request.get("/api/v1/knowledge/search")
                .then().statusCode(200).extract().path("hits");
        return ids(hits);
    }
}
