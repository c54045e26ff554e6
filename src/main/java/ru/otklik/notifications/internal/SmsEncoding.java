package ru.otklik.notifications.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an SMS text into the segments an SMS centre accepts. Russian text needs UCS-2 (UTF-16BE):
 * 70 characters fit in one message; a longer text becomes parts of 67 characters, each with a
 * concatenation header (UDH, 8-bit reference) so the phone shows one message again.
 */
public final class SmsEncoding {

    static final int SINGLE_UNITS = 70;
    static final int PART_UNITS = 67;
    private static final int MAX_PARTS = 255;

    private SmsEncoding() {
    }

    /** The payloads of one text; {@code concatenated} says whether they start with a UDH. */
    public record Segments(List<byte[]> payloads, boolean concatenated) {
        public int count() {
            return payloads.size();
        }
    }

    /** {@code reference} ties the parts together; the same text should keep the same one on a resend. */
    public static Segments encode(String text, int reference) {
        if (text.length() <= SINGLE_UNITS) {
            return new Segments(List.of(text.getBytes(StandardCharsets.UTF_16BE)), false);
        }
        List<String> parts = split(text);
        if (parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("SMS text too long: " + parts.size() + " parts");
        }
        List<byte[]> payloads = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            byte[] body = parts.get(i).getBytes(StandardCharsets.UTF_16BE);
            ByteBuffer b = ByteBuffer.allocate(6 + body.length);
            // IEI 0x00: concatenated short messages, 8-bit reference number
            b.put((byte) 0x05).put((byte) 0x00).put((byte) 0x03)
                    .put((byte) reference).put((byte) parts.size()).put((byte) (i + 1));
            b.put(body);
            payloads.add(b.array());
        }
        return new Segments(payloads, true);
    }

    /** How many messages the client will be billed for — shown in template previews. */
    public static int count(String text) {
        return text.length() <= SINGLE_UNITS ? 1 : split(text).size();
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART_UNITS, text.length());
            // never split a surrogate pair: half an emoji is garbage on both sides
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }
}
