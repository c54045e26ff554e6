package ru.otklik.knowledge;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SectionReviewRepository implements PanacheRepositoryBase<SectionReview, UUID> {

    public List<SectionReview> ofSection(UUID sectionId) {
        return list("sectionId", Sort.by("reviewedAt", Sort.Direction.Descending), sectionId);
    }
}
