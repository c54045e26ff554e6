package ru.otklik.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A full snapshot of an article after one change: who made it, when, and what it changed. Append-only. */
@Entity
@Table(name = "kb_article_version")
@IdClass(ArticleVersion.Key.class)
public class ArticleVersion extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Id
    public int number;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public String author;

    /** Generated from the snapshot difference, e.g. «Изменены: заголовок, текст». */
    @Column(name = "change_summary", nullable = false)
    public String changeSummary;

    /** The editor's own words about the change. */
    public String note;

    @Column(name = "section_id", nullable = false)
    public UUID sectionId;

    @Convert(converter = CodeConverters.Kind.class)
    @Column(nullable = false)
    public ArticleKind kind;

    @Convert(converter = CodeConverters.Status.class)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Column(nullable = false)
    public String title;

    public String question;

    @Column(nullable = false)
    public String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> topics;

    /** Composite key: article and version number. */
    public static class Key implements Serializable {
        public UUID articleId;
        public int number;

        public Key() {
        }

        public Key(UUID articleId, int number) {
            this.articleId = articleId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.articleId, articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, number);
        }
    }
}
