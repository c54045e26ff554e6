package ru.otklik.knowledge;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    public List<Section> ofDepartment(String departmentCode) {
        return departmentCode == null
                ? listAll(Sort.by("departmentCode").and("title"))
                : list("departmentCode", Sort.by("title"), departmentCode);
    }

    public boolean titleTaken(String departmentCode, String title, UUID except) {
        return count("departmentCode = ?1 and lower(title) = lower(?2) and id <> ?3", departmentCode, title,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
