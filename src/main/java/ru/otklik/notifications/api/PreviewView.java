package ru.otklik.notifications.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template rendered the way each channel would send it. */
@Schema(name = "TemplatePreview", description = "Как уведомление будет выглядеть в каналах")
public record PreviewView(
        @Schema(description = "Тема", examples = "Обращение № 2026-000123 зарегистрировано") String subject,
        @Schema(description = "Текст письма (простой текст)") String emailText,
        @Schema(description = "Письмо в HTML") String emailHtml,
        @Schema(description = "Текст SMS") String sms,
        @Schema(description = "Сколько SMS займёт текст", examples = "2") int smsParts,
        @Schema(description = "Замечания проверки простоты языка (§6): error не даст сохранить, warning — совет")
        List<TemplateFinding> findings) {
}
