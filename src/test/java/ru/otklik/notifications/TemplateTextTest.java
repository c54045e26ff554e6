package ru.otklik.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void placeholdersAreFilledByName() {
        TemplateText t = TemplateText.parse("Обращение № {registrationNumber}: ответ до {dueDate}.");

        assertThat(t.render(Map.of("registrationNumber", "2026-000123", "dueDate", "28 декабря 2026 года")))
                .isEqualTo("Обращение № 2026-000123: ответ до 28 декабря 2026 года.");
    }

    @Test
    void missingAndBlankValuesAreNamed() {
        TemplateText t = TemplateText.parse("{clientName}, ответ до {dueDate}, номер {registrationNumber}");

        assertThat(t.missing(Map.of("clientName", "Мария", "dueDate", "  "))).containsExactly("dueDate",
                "registrationNumber");
    }

    @Test
    void strayBracesAreRejectedWithTheirPosition() {
        assertThatThrownBy(() -> TemplateText.parse("Ответ до {dueDate"))
                .isInstanceOfSatisfying(TemplateText.MalformedException.class,
                        e -> assertThat(e.position()).isEqualTo(10));
        assertThatThrownBy(() -> TemplateText.parse("Ответ } до"))
                .isInstanceOf(TemplateText.MalformedException.class).hasMessageContaining("символ 7");
        assertThatThrownBy(() -> TemplateText.parse("Номер {номер}"))
                .hasMessageContaining("Неверное имя подстановки «{номер}»");
    }
}
