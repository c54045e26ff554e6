package ru.otklik.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.messages.api.AttachmentRules;
import ru.otklik.shared.files.AcceptedFormats;
import ru.otklik.shared.files.FileFacts;
import ru.otklik.shared.files.FileType;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;

/**
 * Decides which files may be stored with a message. The bytes decide the type; a declared type
 * or file extension that says otherwise is refused, so a renamed file never reaches staff
 * under a harmless name. Every file is checked before anything is stored.
 */
@ApplicationScoped
public class AttachmentChecks {

    /** Types a sender uses when they do not know the type; they declare nothing. */
    private static final List<String> UNDECLARED = List.of("", "application/octet-stream", "binary/octet-stream",
            "application/unknown", "application/x-unknown");

    /** Scans, photos, office documents and text: what people send with a message. */
    static final AcceptedFormats FORMATS = AcceptedFormats.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF,
            FileType.DOCX, FileType.XLSX, FileType.ODT, FileType.TEXT);

    private final AttachmentsConfig config;

    AttachmentChecks(AttachmentsConfig config) {
        this.config = config;
    }

    /** The limits and formats, for forms that warn before sending. */
    public AttachmentRules rules() {
        return new AttachmentRules(config.maxFileSize().asLongValue(), config.maxMessageSize().asLongValue(),
                config.maxFiles(), FORMATS.list().stream()
                        .map(t -> new AttachmentRules.FileFormat(t.mediaType(), t.label(), t.extensions())).toList());
    }

    /** A file refused, with the reason for the sender and the status a request would get for it. */
    public record Refusal(String field, String fileName, int status, String problemType, String reason) {
    }

    /** Files that passed and those that did not, for channels that cannot refuse the whole message (mail). */
    record Sorted(List<CheckedFile> accepted, List<Refusal> refused) {
    }

    /** All files, or a problem naming every refused one; nothing is stored either way. */
    List<CheckedFile> requireAll(List<IncomingFile> files) {
        if (files.size() > config.maxFiles()) {
            throw new ProblemException("too-many-attachments", 422, "Слишком много файлов",
                    "К обращению можно приложить не больше " + config.maxFiles() + " файлов.",
                    List.of(new FieldProblem("files", "Файлов " + files.size() + ", допускается " + config.maxFiles())));
        }
        List<CheckedFile> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (IncomingFile f : files) {
            String name = FileFacts.safeName(f.fileName(), accepted.size() + refused.size() + 1);
            refusal(f, name).ifPresentOrElse(refused::add, () -> accepted.add(checked(f, name)));
        }
        if (!refused.isEmpty()) {
            throw problem(refused);
        }
        Sorted sorted = new Sorted(accepted, refused);
        long total = sorted.accepted().stream().mapToLong(f -> f.content().length).sum();
        if (total > config.maxMessageSize().asLongValue()) {
            throw new ProblemException("attachments-too-large", 413, "Файлы слишком большие",
                    "Все файлы обращения вместе — " + FileFacts.humanSize(total) + ", допускается не больше "
                            + FileFacts.humanSize(config.maxMessageSize().asLongValue()) + ".",
                    List.of(new FieldProblem("files", "Вместе " + FileFacts.humanSize(total) + ", допускается "
                            + FileFacts.humanSize(config.maxMessageSize().asLongValue()))));
        }
        return sorted.accepted();
    }

    /** Each file on its own: those that pass, and the rest with reasons; the message total is kept too. */
    Sorted sort(List<IncomingFile> files) {
        List<CheckedFile> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        long total = 0;
        for (IncomingFile f : files) {
            String name = FileFacts.safeName(f.fileName(), accepted.size() + refused.size() + 1);
            Optional<Refusal> refusal = refusal(f, name);
            if (refusal.isPresent()) {
                refused.add(refusal.get());
                continue;
            }
            if (accepted.size() >= config.maxFiles()
                    || total + f.content().length > config.maxMessageSize().asLongValue()) {
                refused.add(new Refusal(f.field(), name, 413, "attachments-too-large",
                        "Файл «" + name + "» не поместился в допустимый объём файлов обращения"));
                continue;
            }
            total += f.content().length;
            accepted.add(checked(f, name));
        }
        return new Sorted(accepted, refused);
    }

    private static CheckedFile checked(IncomingFile f, String name) {
        return new CheckedFile(name, FORMATS.sniff(f.content()).orElseThrow(), f.content(), FileFacts.sha256(f.content()));
    }

    private Optional<Refusal> refusal(IncomingFile f, String name) {
        byte[] b = f.content();
        if (b.length == 0) {
            return Optional.of(new Refusal(f.field(), name, 422, "attachment-empty", "Файл «" + name + "» пустой"));
        }
        if (b.length > config.maxFileSize().asLongValue()) {
            return Optional.of(new Refusal(f.field(), name, 413, "attachment-too-large",
                    "Файл «" + name + "» — " + FileFacts.humanSize(b.length) + ", допускается не больше "
                            + FileFacts.humanSize(config.maxFileSize().asLongValue())));
        }
        Optional<FileType> actual = FORMATS.sniff(b);
        if (actual.isEmpty()) {
            return Optional.of(new Refusal(f.field(), name, 415, "attachment-type-not-allowed",
                    "Файл «" + name + "» не принимается: по содержимому это не один из допустимых форматов ("
                            + FORMATS.labels() + ")"));
        }
        FileType type = actual.get();
        String declared = f.declaredType() == null ? "" : f.declaredType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean declaredOther = !UNDECLARED.contains(declared)
                && !(type == FileType.TEXT && declared.startsWith("text/"))
                && FORMATS.ofMediaType(declared).map(t -> t != type).orElse(true);
        Optional<FileType> byName = FORMATS.ofExtension(name);
        boolean namedOther = byName.isPresent() && byName.get() != type;
        if (declaredOther || namedOther) {
            String said = declaredOther ? "заявлен тип " + declared : "расширение говорит «" + byName.get().label() + "»";
            return Optional.of(new Refusal(f.field(), name, 422, "attachment-type-mismatch",
                    "Файл «" + name + "»: " + said + ", а по содержимому это " + type.label()));
        }
        return Optional.empty();
    }

    /** The most telling status first: a forbidden type, then a disguised one, then size. */
    private static ProblemException problem(List<Refusal> refused) {
        Refusal first = refused.stream()
                .min((a, b) -> Integer.compare(rank(a.status()), rank(b.status())))
                .orElseThrow();
        String title = switch (first.problemType()) {
            case "attachment-type-not-allowed" -> "Недопустимый тип файла";
            case "attachment-type-mismatch" -> "Тип файла не совпадает с содержимым";
            case "attachment-empty" -> "Пустой файл";
            default -> "Файл слишком большой";
        };
        List<FieldProblem> errors = refused.stream().map(r -> new FieldProblem(r.field(), r.reason())).toList();
        return new ProblemException(first.problemType(), first.status(), title,
                "Обращение не зарегистрировано: исправьте отмеченные файлы и отправьте его ещё раз. "
                        + "Допустимые форматы: " + FORMATS.labels() + ".", errors);
    }

    private static int rank(int status) {
        return switch (status) {
            case 415 -> 0;
            case 422 -> 1;
            default -> 2;
        };
    }
}
