package ru.otklik.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.otklik.knowledge.api.ArticleAttachmentView;
import ru.otklik.knowledge.api.AttachmentFile;
import ru.otklik.shared.files.AcceptedFormats;
import ru.otklik.shared.files.FileFacts;
import ru.otklik.shared.files.FileType;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;

/**
 * Files of knowledge-base articles (§32–§34): the text of an act, a form, a job description.
 * Editors of the owning unit add and remove them, each change a version in the article's
 * history; whoever may read the article may download its files. The bytes decide the type.
 */
@ApplicationScoped
public class ArticleAttachmentService {

    /** Documents, spreadsheets and scans; no archives, since nobody can see what is inside one. */
    static final AcceptedFormats FORMATS = AcceptedFormats.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.ODT,
            FileType.ODS, FileType.RTF, FileType.TEXT, FileType.PNG, FileType.JPEG);

    private static final String FIELD = "file";

    private final ArticleService articles;
    private final ArticleAttachmentRepository attachments;
    private final KnowledgeAttachmentsConfig config;
    private final Clock clock;

    ArticleAttachmentService(ArticleService articles, ArticleAttachmentRepository attachments,
            KnowledgeAttachmentsConfig config, Clock clock) {
        this.articles = articles;
        this.attachments = attachments;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<ArticleAttachmentView> list(UUID articleId, KnowledgeAccess access) {
        articles.visible(articleId, access);
        return attachments.current(articleId).stream().map(ArticleService::attachment).toList();
    }

    /**
     * The same bytes twice on one article are refused with 409 naming the file already there:
     * a second copy under another name only confuses readers, and a retried upload learns it is done.
     */
    @Transactional
    public ArticleAttachmentView add(UUID articleId, String clientName, byte[] content, KnowledgeAccess access) {
        Article a = articles.editableForFiles(articleId, access);
        String name = FileFacts.safeName(clientName, 1);
        FileType type = check(name, content);
        String sha256 = FileFacts.sha256(content);
        Optional<ArticleAttachment> same = attachments.sameContent(articleId, sha256);
        if (same.isPresent()) {
            throw new ProblemException("knowledge-attachment-duplicate", 409, "Такой файл уже есть",
                    "Этот файл уже приложен к статье под именем «" + same.get().fileName + "».",
                    List.of(new FieldProblem(FIELD, "Файл совпадает с уже приложенным «" + same.get().fileName + "»")));
        }
        if (attachments.current(articleId).size() >= config.maxFiles()) {
            throw new ProblemException("too-many-attachments", 422, "Слишком много файлов",
                    "К статье можно приложить не больше " + config.maxFiles() + " файлов; удалите ненужные.",
                    List.of(new FieldProblem(FIELD, "У статьи уже " + config.maxFiles() + " файлов")));
        }
        ArticleAttachment f = new ArticleAttachment();
        f.id = UUID.randomUUID();
        f.articleId = articleId;
        f.fileName = name;
        f.mediaType = type.mediaType();
        f.sizeBytes = content.length;
        f.sha256 = sha256;
        f.content = content;
        f.addedBy = access.user();
        f.addedAt = clock.instant();
        attachments.persist(f);
        articles.recordFileChange(a, "Добавлен файл «" + name + "»", access);
        return ArticleService.attachment(f);
    }

    @Transactional
    public AttachmentFile content(UUID articleId, UUID attachmentId, KnowledgeAccess access) {
        articles.visible(articleId, access);
        ArticleAttachment f = current(articleId, attachmentId);
        return new AttachmentFile(f.fileName, f.mediaType, f.sha256, f.content);
    }

    /** The file leaves the article but stays stored, so the version that had it can be accounted for. */
    @Transactional
    public void remove(UUID articleId, UUID attachmentId, KnowledgeAccess access) {
        Article a = articles.editableForFiles(articleId, access);
        ArticleAttachment f = current(articleId, attachmentId);
        f.removedAt = clock.instant();
        f.removedBy = access.user();
        articles.recordFileChange(a, "Удалён файл «" + f.fileName + "»", access);
    }

    private ArticleAttachment current(UUID articleId, UUID attachmentId) {
        return attachments.current(articleId, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("У статьи нет такого файла."));
    }

    /** Empty, too big, not an accepted format by its bytes, or named as another format: refused. */
    private FileType check(String name, byte[] content) {
        if (content.length == 0) {
            throw refusal("attachment-empty", 422, "Пустой файл", "Файл «" + name + "» пустой");
        }
        long max = config.maxFileSize().asLongValue();
        if (content.length > max) {
            throw refusal("attachment-too-large", 413, "Файл слишком большой", "Файл «" + name + "» — "
                    + FileFacts.humanSize(content.length) + ", допускается не больше " + FileFacts.humanSize(max));
        }
        FileType type = FORMATS.sniff(content).orElseThrow(() -> refusal("attachment-type-not-allowed", 415,
                "Недопустимый тип файла", "Файл «" + name + "» не принимается: по содержимому это не один из допустимых форматов ("
                        + FORMATS.labels() + ")"));
        Optional<FileType> byName = FORMATS.ofExtension(name);
        if (byName.isPresent() && byName.get() != type) {
            throw refusal("attachment-type-mismatch", 422, "Тип файла не совпадает с содержимым", "Файл «" + name
                    + "»: расширение говорит «" + byName.get().label() + "», а по содержимому это " + type.label());
        }
        return type;
    }

    private static ProblemException refusal(String type, int status, String title, String reason) {
        return new ProblemException(type, status, title,
                reason + ". Допустимые форматы: " + FORMATS.labels() + ".", List.of(new FieldProblem(FIELD, reason)));
    }
}
