package ru.otklik.shared.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** What every stored file needs besides its type: a safe name, a checksum, a size people can read. */
public final class FileFacts {

    private FileFacts() {
    }

    /** The last path segment, without control characters, at most 255 characters with its extension kept. */
    public static String safeName(String raw, int position) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "файл-" + position;
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }

    /** Lower-case hex, as stored and shown. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f МБ", bytes / 1024.0 / 1024.0).replace('.', ',');
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " КБ";
        }
        return bytes + " байт";
    }
}
