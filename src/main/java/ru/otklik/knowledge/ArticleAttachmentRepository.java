package ru.otklik.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ArticleAttachmentRepository implements PanacheRepositoryBase<ArticleAttachment, UUID> {

    /** The files an article offers now, oldest first. */
    public List<ArticleAttachment> current(UUID articleId) {
        return list("articleId = ?1 and removedAt is null", Sort.by("addedAt").and("fileName"), articleId);
    }

    public Optional<ArticleAttachment> current(UUID articleId, UUID attachmentId) {
        return find("id = ?1 and articleId = ?2 and removedAt is null", attachmentId, articleId).firstResultOptional();
    }

    public Optional<ArticleAttachment> sameContent(UUID articleId, String sha256) {
        return find("articleId = ?1 and sha256 = ?2 and removedAt is null", articleId, sha256).firstResultOptional();
    }
}
