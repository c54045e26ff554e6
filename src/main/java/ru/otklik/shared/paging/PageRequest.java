package ru.otklik.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging parameters shared by every list endpoint. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "Номер страницы не может быть отрицательным")
    @Parameter(description = "Номер страницы, с нуля", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "Размер страницы — от 1 до 100")
    @Max(value = 100, message = "Размер страницы — от 1 до 100")
    @Parameter(description = "Записей на странице, от 1 до 100", example = "20")
    public int size;
}
