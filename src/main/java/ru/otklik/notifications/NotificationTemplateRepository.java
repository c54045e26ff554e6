package ru.otklik.notifications;

import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Template versions; the highest version of a kind is the one in force. */
@ApplicationScoped
public class NotificationTemplateRepository implements PanacheRepository<NotificationTemplate> {

    public Optional<NotificationTemplate> current(NotificationKind kind) {
        return find("kind", Sort.by("version", Sort.Direction.Descending), kind).firstResultOptional();
    }

    public Optional<NotificationTemplate> version(NotificationKind kind, int version) {
        return find("kind = ?1 and version = ?2", kind, version).firstResultOptional();
    }

    public List<NotificationTemplate> versions(NotificationKind kind) {
        return list("kind", Sort.by("version", Sort.Direction.Descending), kind);
    }
}
