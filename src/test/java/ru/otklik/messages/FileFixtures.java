package ru.otklik.messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files whose bytes are what real ones start with: enough for content sniffing. */
public final class FileFixtures {

    private FileFixtures() {
    }

    public static byte[] pdf() {
        return pdf("Скан письма");
    }

    /** A PDF whose body varies, so two of them have different checksums. */
    public static byte[] pdf(String body) {
        return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% " + body + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png() {
        byte[] b = new byte[64];
        byte[] sig = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(sig, 0, b, 0, sig.length);
        for (int i = sig.length; i < b.length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    public static byte[] jpeg() {
        byte[] b = new byte[48];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    /** A Windows program: what a ".pdf" from a stranger sometimes really is. */
    public static byte[] exe() {
        byte[] b = new byte[128];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        return b;
    }

    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    public static byte[] odt() {
        return zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"));
    }

    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", "hello"));
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] ofSize(int bytes) {
        byte[] b = new byte[bytes];
        byte[] head = pdf();
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    public static byte[] zipOf(String... names) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (String n : names) {
            entries.put(n, "<x/>");
        }
        return zip(entries);
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // "mimetype" first, as ODF requires
            if (entries.containsKey("mimetype")) {
                zip.putNextEntry(new ZipEntry("mimetype"));
                zip.write(entries.get("mimetype").getBytes(StandardCharsets.US_ASCII));
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                if (!e.getKey().equals("mimetype")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
