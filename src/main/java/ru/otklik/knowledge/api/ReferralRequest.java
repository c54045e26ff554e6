package ru.otklik.knowledge.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.otklik.knowledge.ReferralLevel;

/** An entry of the referral directory as an administrator enters it. */
@Schema(name = "ReferralRequest", description = "Запись справочника органов для переадресации (§29)")
public record ReferralRequest(
        @NotBlank(message = "Укажите название") @Size(max = 300, message = "Название — не длиннее 300 символов")
        @Schema(description = "Название", required = true, maxLength = 300)
        String name,

        @NotNull(message = "Укажите уровень")
        @Schema(description = "Уровень", required = true)
        ReferralLevel level,

        @NotBlank(message = "Опишите, по каким вопросам обращаться") @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "По каким вопросам обращаться", required = true, maxLength = 4000)
        String competence,

        @Size(max = 20, message = "Не больше 20 тем")
        @Schema(description = "Коды тем классификатора обращений")
        List<@NotBlank(message = "Пустой код темы")
             @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "Код темы: латинские строчные буквы, цифры, точка, дефис, подчёркивание; до 100 символов")
             String> topics,

        @Size(max = 500, message = "Адрес — не длиннее 500 символов")
        @Schema(description = "Адрес", maxLength = 500)
        String address,

        @Size(max = 10, message = "Не больше 10 телефонов")
        @Schema(description = "Телефоны")
        List<@NotBlank(message = "Пустой телефон") @Size(max = 40, message = "Телефон — не длиннее 40 символов") String> phones,

        @Email(message = "Проверьте адрес электронной почты") @Size(max = 254, message = "Не длиннее 254 символов")
        @Schema(description = "Электронная почта", maxLength = 254)
        String email,

        @Size(max = 300, message = "Адрес сайта — не длиннее 300 символов")
        @Pattern(regexp = "https?://\\S+", message = "Адрес сайта начинается с http:// или https://")
        @Schema(description = "Сайт", maxLength = 300)
        String website,

        @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "Примечания", maxLength = 4000)
        String notes) {
}
