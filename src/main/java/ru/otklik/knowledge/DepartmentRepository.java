package ru.otklik.knowledge;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    /** In the order of §18, which is how staff and callers know them. */
    public List<Department> inProcedureOrder() {
        return listAll(Sort.by("sortOrder"));
    }
}
