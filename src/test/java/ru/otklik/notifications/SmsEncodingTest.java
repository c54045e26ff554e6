package ru.otklik.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import ru.otklik.notifications.internal.SmsEncoding;

class SmsEncodingTest {

    @Test
    void seventyRussianCharactersFitInOneMessageWithoutHeader() {
        String text = "Я".repeat(70);

        SmsEncoding.Segments s = SmsEncoding.encode(text, 7);

        assertThat(s.concatenated()).isFalse();
        assertThat(s.payloads()).singleElement()
                .satisfies(p -> assertThat(new String(p, StandardCharsets.UTF_16BE)).isEqualTo(text));
    }

    @Test
    void longerTextIsSplitIntoNumberedPartsThatReassemble() {
        String text = "Обращение № 2026-000123 зарегистрировано. Ответ направим не позднее 28 декабря 2026 года "
                + "Оцените обращение: https://otklik.example.org/rate/AbCdEf0123456789";

        SmsEncoding.Segments s = SmsEncoding.encode(text, 42);

        assertThat(s.concatenated()).isTrue();
        assertThat(s.count()).isEqualTo(3);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < s.count(); i++) {
            byte[] p = s.payloads().get(i);
            assertThat(p.length).isLessThanOrEqualTo(140);
            assertThat(Arrays.copyOf(p, 6)).containsExactly(0x05, 0x00, 0x03, 42, 3, i + 1);
            joined.writeBytes(Arrays.copyOfRange(p, 6, p.length));
        }
        assertThat(joined.toString(StandardCharsets.UTF_16BE)).isEqualTo(text);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "а".repeat(66) + "😀" + "б".repeat(10);

        SmsEncoding.Segments s = SmsEncoding.encode(text, 1);

        String first = new String(Arrays.copyOfRange(s.payloads().get(0), 6, s.payloads().get(0).length),
                StandardCharsets.UTF_16BE);
        assertThat(first).isEqualTo("а".repeat(66));
    }
}
