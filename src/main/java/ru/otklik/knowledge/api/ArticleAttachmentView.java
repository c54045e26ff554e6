package ru.otklik.knowledge.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of an article, without its bytes (those come from the download). */
@Schema(name = "KnowledgeAttachment", description = "Файл статьи базы знаний: текст акта, бланк, должностная инструкция")
public record ArticleAttachmentView(
        @Schema(description = "Идентификатор файла") UUID id,
        @Schema(description = "Имя файла", examples = "Приказ 152-п.pdf") String fileName,
        @Schema(description = "Тип по содержимому файла", examples = "application/pdf") String mediaType,
        @Schema(description = "Размер в байтах", examples = "183402") long size,
        @Schema(description = "Контрольная сумма SHA-256 (шестнадцатеричная); она же ETag при скачивании",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Когда добавлен") OffsetDateTime addedAt,
        @Schema(description = "Кто добавил", examples = "m.sokolova") String addedBy) {
}
