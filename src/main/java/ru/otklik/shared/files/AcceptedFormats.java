package ru.otklik.shared.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The formats one feature takes, and the sniffer's answer narrowed to them. RTF is plain text by
 * its bytes, so where RTF is not a format of its own but text is, an RTF file counts as text.
 */
public final class AcceptedFormats {

    private final Set<FileType> types;

    private AcceptedFormats(Set<FileType> types) {
        this.types = types;
    }

    public static AcceptedFormats of(FileType first, FileType... rest) {
        return new AcceptedFormats(EnumSet.of(first, rest));
    }

    /** What the bytes are, if that is one of these formats. */
    public Optional<FileType> sniff(byte[] content) {
        return FileSniffer.sniff(content).flatMap(this::narrow);
    }

    /** The format a file name claims, among these; an unknown extension claims nothing. */
    public Optional<FileType> ofExtension(String fileName) {
        return FileType.ofExtension(fileName).flatMap(this::narrow);
    }

    /** The format a declared media type claims, among these. */
    public Optional<FileType> ofMediaType(String mediaType) {
        return FileType.ofMediaType(mediaType).flatMap(this::narrow);
    }

    /** In the order of {@link FileType}, for forms and refusals that list them. */
    public List<FileType> list() {
        return List.copyOf(types);
    }

    /** Every format by name, for messages that tell people what they may send. */
    public String labels() {
        return String.join(", ", types.stream().map(FileType::label).toList());
    }

    private Optional<FileType> narrow(FileType type) {
        if (types.contains(type)) {
            return Optional.of(type);
        }
        if (type == FileType.RTF && types.contains(FileType.TEXT)) {
            return Optional.of(FileType.TEXT);
        }
        return Optional.empty();
    }
}
