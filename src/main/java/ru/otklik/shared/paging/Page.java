package ru.otklik.shared.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the totals a pager needs. */
public record Page<T>(
        @Schema(description = "Записи этой страницы") List<T> items,
        @Schema(description = "Номер страницы, с нуля", examples = "0") int page,
        @Schema(description = "Записей на странице", examples = "20") int size,
        @Schema(description = "Всего записей", examples = "57") long totalItems,
        @Schema(description = "Всего страниц", examples = "3") int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        query.page(io.quarkus.panache.common.Page.of(request.page, request.size));
        long total = query.count();
        List<T> items = query.list().stream().map(mapper).toList();
        return new Page<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }
}
