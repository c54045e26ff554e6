package ru.otklik.clients.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.Channel;
import ru.otklik.clients.ClientType;

/** A client record in full: for staff, or for the client it describes. */
@Schema(name = "ClientView", description = "Карточка клиента")
public record ClientView(
        @Schema(description = "Идентификатор клиента") UUID id,
        @Schema(description = "Тип клиента") ClientType type,
        @Schema(description = "ФИО или название организации", examples = "ООО «Сибирский участок»") String name,
        @Schema(description = "Подразделение департамента (внутренний клиент)") String unitName,
        @Schema(description = "ИНН", examples = "7707083893") String inn,
        @Schema(description = "ОГРН или ОГРНИП", examples = "1027700132195") String ogrn,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Телефон в формате E.164", examples = "+79131234567") String phone,
        @Schema(description = "Почтовый адрес") String postalAddress,
        @Schema(description = "Учётная запись портала (subject OIDC)") String portalAccount,
        @Schema(description = "Основной канал связи") Channel preferredChannel,
        @Schema(description = "Дополнительный канал связи") Channel additionalChannel,
        @Schema(description = "Когда карточка создана") OffsetDateTime createdAt,
        @Schema(description = "Когда карточка изменена") OffsetDateTime updatedAt) {
}
