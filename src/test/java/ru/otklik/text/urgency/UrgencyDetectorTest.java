package ru.otklik.text.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** §8 urgency cues, read against a fixed moment of receipt (Saturday 28 November 2026, Novosibirsk). */
class UrgencyDetectorTest {

    private static final Instant RECEIVED = LocalDateTime.of(2026, 11, 28, 10, 0).atZone(UrgencyDetector.ZONE).toInstant();
    private final UrgencyDetector detector = new UrgencyDetector();

    private UrgencyVerdict detect(String text) {
        return detector.detect(text, RECEIVED, false);
    }

    @Test
    void deadlineByMonthNameInsideTheRegularTermIsUrgent() {
        UrgencyVerdict v = detect("Прошу ответить до 15 декабря, иначе банк откажет в кредите.");
        assertThat(v.urgent()).isTrue();
        assertThat(v.answerBy()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(v.cues()).anySatisfy(c -> assertThat(c.fragment()).isEqualTo("15 декабря"));
    }

    @Test
    void hearingDateMeansTheAnswerIsUsefulOnlyTheDayBefore() {
        UrgencyVerdict v = detect("Суд назначен на 15.12.2026, прошу выдать копию договора.");
        assertThat(v.urgent()).isTrue();
        assertThat(v.answerBy()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(v.cues()).extracting(UrgencyCue::reason).contains("суд");
    }

    @Test
    void relativeTermsAreReadFromTheMomentOfReceipt() {
        assertThat(detect("Нас выселяют через неделю.").answerBy()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(detect("Через 3 дня торги.").answerBy()).isEqualTo(LocalDate.of(2026, 11, 30));
        UrgencyVerdict tomorrow = detect("Завтра суд, прошу срочно ответить.");
        assertThat(tomorrow.urgent()).isTrue();
        assertThat(tomorrow.answerBy()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void expiringTermIsUrgentEvenWithoutADate() {
        UrgencyVerdict v = detect("Срок договора аренды истекает, а продление не оформлено.");
        assertThat(v.urgent()).isTrue();
        assertThat(v.answerBy()).isNull();
        assertThat(v.cues()).extracting(UrgencyCue::reason).contains("истекает срок");
    }

    @Test
    void expiringTermWithDateGivesThatDate() {
        UrgencyVerdict v = detect("Срок истекает 1 декабря.");
        assertThat(v.urgent()).isTrue();
        assertThat(v.answerBy()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void documentDatesPastDatesAndLegalClausesAreNotTerms() {
        UrgencyVerdict v = detect("Договор аренды № 123 от 15.03.2020 заключён на основании ст. 11.10 ЗК РФ, "
                + "заявление подано 3 сентября. Прошу разъяснить порядок выкупа.");
        assertThat(v.urgent()).isFalse();
        assertThat(v.answerBy()).isNull();
        assertThat(v.cues()).isEmpty();
    }

    @Test
    void aDateBeyondTheRegularTermIsReportedButNotUrgent() {
        UrgencyVerdict v = detect("Прошу подготовить документы до 15 марта 2027 года.");
        assertThat(v.answerBy()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(v.urgent()).isFalse();
    }

    @Test
    void oneEventWordIsUrgentOnlyForARepeatedMessage() {
        String text = "Почему мой участок выставили на аукцион?";
        assertThat(detector.detect(text, RECEIVED, false).urgent()).isFalse();
        UrgencyVerdict repeated = detector.detect(text, RECEIVED, true);
        assertThat(repeated.urgent()).isTrue();
        assertThat(repeated.cues()).extracting(UrgencyCue::kind).contains(UrgencyCue.Kind.REPEATED, UrgencyCue.Kind.WORD);
    }

    @Test
    void ordinaryQuestionIsNotUrgent() {
        UrgencyVerdict v = detect("Подскажите, какие документы нужны для приватизации садового участка?");
        assertThat(v.urgent()).isFalse();
        assertThat(v.cues()).isEmpty();
    }

    @Test
    void hugeAndEmptyInputGetAVerdict() {
        assertThat(detect("").urgent()).isFalse();
        assertThat(detect(null).urgent()).isFalse();
        String huge = "15.12.2026 срок истекает через 3 дня 1.1.1.1.1 ".repeat(25_000);
        UrgencyVerdict v = detect(huge);
        assertThat(v.urgent()).isTrue();
        assertThat(v.cues().size()).isLessThanOrEqualTo(40);
    }
}
