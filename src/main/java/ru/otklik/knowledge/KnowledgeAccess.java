package ru.otklik.knowledge;

import java.util.List;
import java.util.Set;

import ru.otklik.security.CurrentUser;
import ru.otklik.security.Roles;
import ru.otklik.shared.problem.ProblemException;

/**
 * Who may do what in the knowledge base (§33: each unit fills its own sections). A
 * {@code kb_editor} edits the sections of the units named in their token's department claim; an
 * administrator edits all; staff read what is published; everyone else sees public FAQ only.
 */
public record KnowledgeAccess(String user, boolean admin, boolean editor, boolean staff, Set<String> departments) {

    public static KnowledgeAccess of(CurrentUser current) {
        return new KnowledgeAccess(current.name(), current.hasRole(Roles.ADMIN), current.hasRole(Roles.KB_EDITOR),
                current.isStaff(), current.departments());
    }

    /** Staff and editors see the internal knowledge base; the public sees the portal FAQ. */
    public boolean readsInternal() {
        return staff || editor || admin;
    }

    public boolean mayEdit(String departmentCode) {
        return admin || editor && departments.contains(departmentCode);
    }

    /** Units whose drafts the caller sees: the ones they edit. */
    public List<String> draftsOf() {
        return editor ? List.copyOf(departments) : List.of();
    }

    public void requireEdit(String departmentCode, String departmentName) {
        if (!mayEdit(departmentCode)) {
            throw new ProblemException("knowledge-foreign-section", 403, "Раздел другого подразделения",
                    editor && departments.isEmpty()
                            ? "В вашей учётной записи не указано подразделение, поэтому править разделы базы знаний вы не можете. Обратитесь к администратору."
                            : "Этот раздел ведёт " + departmentName + "; править его могут редакторы этого подразделения и администратор.");
        }
    }
}
