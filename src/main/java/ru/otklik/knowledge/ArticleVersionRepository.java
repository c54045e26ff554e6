package ru.otklik.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ArticleVersionRepository implements PanacheRepositoryBase<ArticleVersion, ArticleVersion.Key> {

    public List<ArticleVersion> ofArticle(UUID articleId) {
        return list("articleId", Sort.by("number", Sort.Direction.Descending), articleId);
    }

    public Optional<ArticleVersion> find(UUID articleId, int number) {
        return findByIdOptional(new ArticleVersion.Key(articleId, number));
    }
}
