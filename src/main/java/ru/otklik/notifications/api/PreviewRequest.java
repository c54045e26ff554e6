package ru.otklik.notifications.api;

import java.util.Map;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to preview: the current wording or a draft, with sample or given values. */
@Schema(name = "TemplatePreviewRequest", description = "Предпросмотр шаблона")
public record PreviewRequest(
        @Valid @Schema(description = "Черновик; если пусто — действующая версия") TemplateDraft draft,
        @Schema(description = "Значения подстановок; недостающие берутся из примеров",
                examples = "{\"registrationNumber\": \"2026-000777\"}") Map<String, String> values) {
}
