package ru.otklik.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of a file download that keep the original name, Cyrillic included. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code filename} must be plain ASCII without quotes, so {@code filename*} carries the real name. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + (ascii.isBlank() ? "file" : ascii) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
