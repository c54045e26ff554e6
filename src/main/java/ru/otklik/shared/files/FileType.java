package ru.otklik.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the product can tell by their bytes. Each feature accepts its own subset
 * ({@link AcceptedFormats}): messages take scans, the knowledge base also takes spreadsheets and RTF.
 */
public enum FileType {
    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg", "jpe", "jfif"),
    PNG("image/png", "PNG", "png"),
    TIFF("image/tiff", "TIFF", "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument (ODS)", "ods"),
    RTF("application/rtf", "RTF", "rtf"),
    TEXT("text/plain", "текст", "txt", "text");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (bare.equals("image/jpg") || bare.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        if (bare.equals("image/x-png")) {
            return Optional.of(PNG);
        }
        if (bare.equals("text/rtf")) {
            return Optional.of(RTF);
        }
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    public static Optional<FileType> ofExtension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

}
