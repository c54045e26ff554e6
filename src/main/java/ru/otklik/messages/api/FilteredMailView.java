package ru.otklik.messages.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A filtered mail with its text, for staff deciding whether the filter was right. */
@Schema(name = "FilteredMailView", description = "Отфильтрованное письмо целиком")
public record FilteredMailView(
        @Schema(description = "Письмо в списке") FilteredMailItem mail,
        @Schema(description = "Текст письма") String text,
        @Schema(description = "Имена вложенных файлов") List<String> attachments) {
}
