package ru.otklik.messages.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of a message, without its bytes (those come from the download). */
@Schema(name = "AttachmentView", description = "Файл обращения")
public record AttachmentView(
        @Schema(description = "Идентификатор файла") UUID id,
        @Schema(description = "Имя файла", examples = "скан-письма.pdf") String fileName,
        @Schema(description = "Тип по содержимому файла", examples = "application/pdf") String mediaType,
        @Schema(description = "Размер в байтах", examples = "183402") long size,
        @Schema(description = "Контрольная сумма SHA-256 (шестнадцатеричная)", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
}
