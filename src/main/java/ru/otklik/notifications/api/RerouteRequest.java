package ru.otklik.notifications.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.notifications.DeliveryChannel;

/** Staff send a notice again on another channel after a failed delivery. */
@Schema(name = "RerouteRequest", description = "Отправить уведомление другим каналом")
public record RerouteRequest(
        @NotNull(message = "Выберите канал")
        @Schema(description = "Новый канал", required = true, examples = "post") DeliveryChannel channel,
        @Size(max = 500, message = "Не длиннее 500 символов")
        @Schema(description = "Адрес в новом канале; если пусто — берётся из контактов клиента",
                examples = "630007, г. Новосибирск, ул. Кирова, д. 3, кв. 5", maxLength = 500) String recipient) {
}
