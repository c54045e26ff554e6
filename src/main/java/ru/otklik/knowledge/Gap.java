package ru.otklik.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Similar recent questions the knowledge base does not answer well: a candidate FAQ (§35). */
@Entity
@Table(name = "kb_gap")
public class Gap extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String FAQ_CREATED = "faq_created";
    public static final String DISMISSED = "dismissed";

    @Id
    public UUID id;

    @Column(name = "topic_code")
    public String topicCode;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "question_count", nullable = false)
    public int questionCount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> examples;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_ids", nullable = false, columnDefinition = "varchar(100)[]")
    public List<String> questionIds;

    @Column(name = "best_score", nullable = false)
    public float bestScore;

    @Column(name = "first_asked_at", nullable = false)
    public Instant firstAskedAt;

    @Column(name = "last_asked_at", nullable = false)
    public Instant lastAskedAt;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Version
    public long version;
}
