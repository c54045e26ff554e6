package ru.otklik.knowledge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new section or new settings of one; the owner can be changed by an administrator only. */
@Schema(name = "KnowledgeSectionRequest", description = "Раздел базы знаний: создание или изменение")
public record SectionRequest(
        @NotBlank(message = "Укажите подразделение-владельца")
        @Size(max = 40, message = "Код подразделения — не длиннее 40 символов")
        @Schema(description = "Код подразделения-владельца", required = true, examples = "land")
        String departmentCode,

        @NotBlank(message = "Укажите название раздела")
        @Size(max = 200, message = "Название — не длиннее 200 символов")
        @Schema(description = "Название раздела (функция департамента)", required = true, examples = "Предоставление земельных участков в аренду")
        String title,

        @Size(max = 4000, message = "Описание — не длиннее 4000 символов")
        @Schema(description = "Описание раздела")
        String description,

        @Min(value = 1, message = "Периодичность — от 1 до 12 месяцев")
        @Max(value = 12, message = "Периодичность — от 1 до 12 месяцев")
        @Schema(description = "Периодичность актуализации, месяцев; по умолчанию 1 (§35)", examples = "1", minimum = "1", maximum = "12")
        Integer reviewCadenceMonths) {
}
