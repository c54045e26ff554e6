package ru.otklik.clients.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.clients.ClientType;

/** Who a message is from, as a list line or a message card shows it. */
@Schema(name = "ClientSummary", description = "Клиент кратко")
public record ClientSummary(
        @Schema(description = "Идентификатор клиента") UUID id,
        @Schema(description = "Тип клиента") ClientType type,
        @Schema(description = "ФИО или название организации") String name,
        @Schema(description = "ИНН организации или предпринимателя", examples = "7707083893") String inn,
        @Schema(description = "ОГРН или ОГРНИП", examples = "1027700132195") String ogrn,
        @Schema(description = "Подразделение (внутренний клиент)") String unitName,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Телефон") String phone) {
}
