package ru.otklik.knowledge;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an article (§32–§34); removal only marks it, so the history keeps what was offered. */
@Entity
@Table(name = "kb_article_attachment")
public class ArticleAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** What the bytes are, found by sniffing — never the type the client declared. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** Loaded only for a download, never for a list. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;
}
