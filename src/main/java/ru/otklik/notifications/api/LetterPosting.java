package ru.otklik.notifications.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a letter left the mailroom; everything is optional — by default it went today, unregistered. */
@Schema(name = "LetterPosting", description = "Отправка письма почтой")
public record LetterPosting(
        @Schema(description = "Когда сдано на почту; пусто — сегодня. Не раньше, чем письмо поставлено в очередь, и не в будущем",
                examples = "2026-12-01") LocalDate postedOn,
        @Pattern(regexp = "\\s*(\\d{14}|[A-Za-z]{2}\\d{9}[A-Za-z]{2})\\s*",
                message = "Почтовый идентификатор — 14 цифр (например 63000712345678) или международный, например RA123456789RU")
        @Schema(description = "Почтовый идентификатор заказного письма (ШПИ): 14 цифр или международный формат",
                examples = "63000712345678", maxLength = 20) String trackingNumber) {
}
