package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.messages.IntakeChannel;

/** A later letter about the message, as staff see it. */
@Schema(name = "CorrespondenceView", description = "Входящая переписка по обращению")
public record CorrespondenceView(
        @Schema(description = "Идентификатор") UUID id,
        @Schema(description = "Откуда пришло") IntakeChannel channel,
        @Schema(description = "Когда получено") OffsetDateTime receivedAt,
        @Schema(description = "Отправитель") String fromName,
        @Schema(description = "Адрес отправителя", examples = "maria@example.org") String fromAddress,
        @Schema(description = "Тема письма") String subject,
        @Schema(description = "Текст") String text,
        @Schema(description = "Отправлено автоматически (автоответ, уведомление о доставке)") boolean automatic,
        @Schema(description = "Файлы письма") List<AttachmentView> attachments) {
}
