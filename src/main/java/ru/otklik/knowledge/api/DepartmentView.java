package ru.otklik.knowledge.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit of the department and its consultation-line numbers (§18). */
@Schema(name = "Department", description = "Структурное подразделение департамента и его номера консультационной линии (§18)")
public record DepartmentView(
        @Schema(description = "Код подразделения", examples = "land") String code,
        @Schema(description = "Название", examples = "отдел земельных отношений") String name,
        @Schema(description = "Номера консультационной линии") List<LinePhone> phones) {

    /** A line number as the Procedure writes it, and dialable. */
    @Schema(name = "LinePhone", description = "Номер консультационной линии")
    public record LinePhone(
            @Schema(description = "Как в Порядке (городской номер Новосибирска)", examples = "238-60-34") String display,
            @Schema(description = "В формате E.164, для набора", examples = "+73832386034") String e164) {
    }
}
