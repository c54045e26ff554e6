package ru.otklik.notifications.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prints a letter's HTML to PDF. The font ships with the app (DejaVu Serif, a free licence, see
 * fonts/LICENSE-DejaVu.txt): PDF's built-in fonts have no Cyrillic, and a server may have none.
 */
@ApplicationScoped
public class LetterRenderer {

    private static final String FAMILY = "DejaVu Serif";

    public byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSerif.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSerif-Bold.ttf"), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter could not be printed to PDF", e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + path);
        }
        return in;
    }
}
