package ru.otklik.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.otklik.knowledge.api.DepartmentView;

/** The department's units and their line numbers (§18), for the portal and for other features. */
@ApplicationScoped
public class DepartmentService {

    /** All numbers of §18 are Novosibirsk city numbers. */
    private static final String NOVOSIBIRSK_E164_PREFIX = "+7383";

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    @Transactional
    public List<DepartmentView> all() {
        return departments.inProcedureOrder().stream().map(DepartmentService::view).toList();
    }

    @Transactional
    public Optional<DepartmentView> find(String code) {
        return code == null ? Optional.empty() : departments.findByIdOptional(code).map(DepartmentService::view);
    }

    /** Names by code, in the order of §18. */
    @Transactional
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        departments.inProcedureOrder().forEach(d -> names.put(d.code, d.name));
        return names;
    }

    /** §35: an administrator names where the unit head's review reminders go. */
    @Transactional
    public void setHeadEmail(String code, String email) {
        Department d = departments.findByIdOptional(code)
                .orElseThrow(() -> ru.otklik.shared.problem.ProblemException.notFound("Нет такого подразделения."));
        d.headEmail = email == null || email.isBlank() ? null : email.strip();
    }

    static DepartmentView view(Department d) {
        return new DepartmentView(d.code, d.name, d.linePhones.stream()
                .map(p -> new DepartmentView.LinePhone(p, NOVOSIBIRSK_E164_PREFIX + p.replaceAll("\\D", "")))
                .toList());
    }
}
