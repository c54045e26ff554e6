package ru.otklik.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Examples in the gap list show the question and none of the client's personal data. */
class QuestionRedactorTest {

    @Test
    void keepsTheQuestionAndDropsGreetingsSignaturesAndContacts() {
        String text = "Здравствуйте! Меня зовут Анна Кузнецова. Подскажите, можно ли поставить шлагбаум во дворе дома по ул. Лесная, д. 5, кв. 12? "
                + "Звоните 8 (913) 555-12-34 или пишите anna.k@example.org. С уважением, Кузнецова А. В.";
        String example = QuestionRedactor.example(text, "Кузнецова Анна Викторовна");
        assertThat(example).isEqualTo("Подскажите, можно ли поставить шлагбаум во дворе дома по [адрес]?");
        assertThat(QuestionRedactor.query(example)).isEqualTo("можно ли поставить шлагбаум во дворе дома по [адрес]?");
    }

    @Test
    void stripsContactsAndNamesInsideTheQuestionInAnyCaseForm() {
        String example = QuestionRedactor.example(
                "Почему Кузнецовой не ответили на +7 913 555-12-34 и на anna@example.org по участку 54:35:012345:67?", "Кузнецова Анна");
        assertThat(example).isEqualTo("Почему [имя] не ответили на [телефон] и на [почта] по участку [номер]?");
    }

    @Test
    void wordsLikeHouseOrStreetStayWhenNoAddressFollows() {
        assertThat(QuestionRedactor.example("Как оформить садовый домик и дом в собственность на улице?", null))
                .isEqualTo("Как оформить садовый домик и дом в собственность на улице?");
    }

    @Test
    void longQuestionsAreShortenedAtAWord() {
        String example = QuestionRedactor.example("Как " + "очень ".repeat(60) + "долго?", null);
        assertThat(example).hasSizeLessThanOrEqualTo(QuestionRedactor.MAX_LENGTH + 1).endsWith("…");
    }

    @Test
    void similarQuestionsMeetAndDifferentOnesDoNot() {
        List<List<String>> groups = QuestionGroups.group(List.of(
                "поставить шлагбаум двор многоквартирный дом ответ прислать",
                "разрешать поставить шлагбаум двор",
                "реестр имущество здание котельная",
                "разрешение поставить шлагбаум двор многоквартирный дом"),
                q -> List.of(q.split(" ")));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).hasSize(3);
    }
}
