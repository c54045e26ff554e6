package ru.otklik.messages.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** §11: the message goes to the competent authority. */
@Schema(name = "RedirectRequest", description = "Переадресация обращения (§11)")
public record RedirectRequest(
        @NotNull(message = "Выберите орган из справочника")
        @Schema(description = "Запись справочника органов", required = true) UUID referralId,
        @NotBlank(message = "Объясните клиенту, почему обращение переадресовано") @Size(max = 4000, message = "Не длиннее 4000 символов")
        @Schema(description = "Почему вопрос решает этот орган — простыми словами", required = true,
                examples = "Границы участка в ЕГРН исправляет Росреестр, департамент этого сделать не может.") String explanation,
        @Schema(description = "Версия обращения, которую видел сотрудник", examples = "2") Long version) {
}
