package ru.otklik.messages.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mail the intake filter took for automatic, as the list shows it. */
@Schema(name = "FilteredMailItem", description = "Письмо, которое фильтр счёл автоматическим")
public record FilteredMailItem(
        @Schema(description = "Идентификатор письма в журнале почты") UUID id,
        @Schema(description = "Имя отправителя", examples = "Робот ГИС ЖКХ") String fromName,
        @Schema(description = "Адрес отправителя", examples = "noreply@example.org") String fromAddress,
        @Schema(description = "Тема", examples = "Автоответ: Обращение зарегистрировано") String subject,
        @Schema(description = "Когда письмо пришло в ящик (время Новосибирска)") OffsetDateTime receivedAt,
        @Schema(description = "Почему письмо не стало обращением",
                examples = "Массовая рассылка (заголовок Precedence: bulk): не обращение") String reason,
        @Schema(description = "Обращение, которое сотрудник зарегистрировал по этому письму; пусто, если не регистрировали")
        UUID messageId,
        @Schema(description = "Кто зарегистрировал письмо как обращение") String registeredBy) {
}
