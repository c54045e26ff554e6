package ru.otklik.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes, never from its name or the type the sender declared: an
 * executable renamed {@code .pdf} is still an executable. Zip containers are opened, because a
 * DOCX, an XLSX, an ODT and an arbitrary archive all start with the same four bytes. It names what
 * a file is; whether that is welcome is for {@link AcceptedFormats} to say.
 */
public final class FileSniffer {

    /** How far into a text file to look for binary content. */
    private static final int TEXT_PROBE = 64 * 1024;
    /** Zip entries to read before giving up on finding an office document's marker. */
    private static final int MAX_ZIP_ENTRIES = 2000;

    private FileSniffer() {
    }

    public static Optional<FileType> sniff(byte[] b) {
        if (b.length == 0) {
            return Optional.empty();
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(FileType.TIFF);
        }
        if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return zipContainer(b);
        }
        // RTF is seven-bit text that starts with its own group; it is told apart before plain text
        if (startsWith(b, '{', '\\', 'r', 't', 'f') && isText(b)) {
            return Optional.of(FileType.RTF);
        }
        return isText(b) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    /** OOXML names its parts under word/ or xl/ next to [Content_Types].xml; ODF stores its type in "mimetype". */
    private static Optional<FileType> zipContainer(byte[] b) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = e.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return FileType.ofMediaType(type).filter(t -> t == FileType.ODT || t == FileType.ODS);
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException broken) {
            return Optional.empty();
        }
        if (contentTypes && word && !excel) {
            return Optional.of(FileType.DOCX);
        }
        if (contentTypes && excel && !word) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
    }

    /**
     * Plain text: UTF-8 or a single-byte Cyrillic encoding (windows-1251, KOI8-R) — both have no
     * control characters besides tab, line breaks and form feed, while binary formats are full of them.
     */
    private static boolean isText(byte[] b) {
        int n = Math.min(b.length, TEXT_PROBE);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
