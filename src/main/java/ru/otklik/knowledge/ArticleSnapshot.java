package ru.otklik.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import ru.otklik.knowledge.api.VersionDiff;

/** The content of an article that versions record, and how two such contents differ. */
record ArticleSnapshot(UUID sectionId, ArticleKind kind, ArticleStatus status, boolean isPublic, String title,
        String question, String body, List<String> tags, List<String> topics) {

    static ArticleSnapshot of(Article a) {
        return new ArticleSnapshot(a.section.id, a.kind, a.status, a.isPublic, a.title, a.question, a.body,
                List.copyOf(a.tags), List.copyOf(a.topics));
    }

    static ArticleSnapshot of(ArticleVersion v) {
        return new ArticleSnapshot(v.sectionId, v.kind, v.status, v.isPublic, v.title, v.question, v.body,
                List.copyOf(v.tags), List.copyOf(v.topics));
    }

    /** Changed fields other than the body, in the order an editor reads an article. */
    List<VersionDiff.FieldChange> fieldChanges(ArticleSnapshot after, Function<UUID, String> sectionTitle) {
        List<VersionDiff.FieldChange> changes = new ArrayList<>();
        if (!sectionId.equals(after.sectionId)) {
            changes.add(new VersionDiff.FieldChange("sectionId", "раздел", sectionTitle.apply(sectionId),
                    sectionTitle.apply(after.sectionId)));
        }
        add(changes, "kind", "вид материала", kind.code(), after.kind.code());
        add(changes, "status", "состояние", status.code(), after.status.code());
        add(changes, "public", "показ на портале", isPublic ? "да" : "нет", after.isPublic ? "да" : "нет");
        add(changes, "title", "заголовок", title, after.title);
        add(changes, "question", "вопрос", question, after.question);
        add(changes, "tags", "метки", String.join(", ", tags), String.join(", ", after.tags));
        add(changes, "topics", "темы", String.join(", ", topics), String.join(", ", after.topics));
        return changes;
    }

    /** «Изменены: заголовок, текст» — what differs apart from the status, in reading order. */
    String summaryOfChangesTo(ArticleSnapshot after) {
        List<String> labels = new ArrayList<>();
        for (VersionDiff.FieldChange change : fieldChanges(after, UUID::toString)) {
            if (change.field().equals("tags")) {
                addBody(labels, after);
            }
            if (!change.field().equals("status")) {
                labels.add(change.label());
            }
        }
        if (!labels.contains("текст")) {
            addBody(labels, after);
        }
        return labels.isEmpty() ? "" : "Изменены: " + String.join(", ", labels);
    }

    private void addBody(List<String> labels, ArticleSnapshot after) {
        if (!body.equals(after.body) && !labels.contains("текст")) {
            labels.add("текст");
        }
    }

    private static void add(List<VersionDiff.FieldChange> changes, String field, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionDiff.FieldChange(field, label, before, after));
        }
    }
}
