package ru.otklik.knowledge.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ReferralLevel;

/** An authority a caller can be referred to (§29). */
@Schema(name = "Referral", description = "Орган власти или организация, куда направить клиента с вопросом вне полномочий департамента (§29)")
public record ReferralView(
        @Schema(description = "Идентификатор") UUID id,
        @Schema(description = "Название", examples = "Управление Росреестра по Новосибирской области") String name,
        @Schema(description = "Уровень") ReferralLevel level,
        @Schema(description = "По каким вопросам обращаться") String competence,
        @Schema(description = "Коды тем классификатора обращений") List<String> topics,
        @Schema(description = "Адрес") String address,
        @Schema(description = "Телефоны") List<String> phones,
        @Schema(description = "Электронная почта") String email,
        @Schema(description = "Сайт") String website,
        @Schema(description = "Примечания") String notes) {
}
