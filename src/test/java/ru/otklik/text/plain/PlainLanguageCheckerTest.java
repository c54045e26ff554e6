package ru.otklik.text.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.plain.PlainLanguageIssue.Kind;

/** §6 plain language and §14 refusals explained in plain words. */
class PlainLanguageCheckerTest {

    private final PlainLanguageChecker checker = new PlainLanguageChecker(RussianMorphology.get());

    private static final String CITATION_ONLY_REFUSAL = "В предоставлении земельного участка отказано в соответствии с "
            + "пп. 2 п. 1 ст. 39.16 ЗК РФ.";

    @Test
    void refusalWhoseOnlyGroundIsACitationIsBlocked() {
        PlainLanguageReport r = checker.check(CITATION_ONLY_REFUSAL);
        assertThat(r.refusal()).isTrue();
        assertThat(r.blocked()).isTrue();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(Kind.UNEXPLAINED_CITATION);
            assertThat(i.fragment()).isEqualTo("пп. 2 п. 1 ст. 39.16 ЗК РФ");
            assertThat(CITATION_ONLY_REFUSAL.substring(i.start(), i.end())).isEqualTo(i.fragment());
        });
    }

    @Test
    void refusalThatExplainsTheCitationIsNotBlocked() {
        PlainLanguageReport r = checker.check(CITATION_ONLY_REFUSAL
                + " Это значит, что участок уже отдан в аренду другому человеку, поэтому второй раз его предоставить нельзя.");
        assertThat(r.refusal()).isTrue();
        assertThat(r.blocked()).isFalse();
        assertThat(r.issues()).noneMatch(i -> i.kind() == Kind.UNEXPLAINED_CITATION);
    }

    @Test
    void refusalWithoutAnyReasonIsFlaggedButNotBlocked() {
        PlainLanguageReport r = checker.check("Вам отказано.");
        assertThat(r.blocked()).isFalse();
        assertThat(r.issues()).extracting(PlainLanguageIssue::kind).contains(Kind.REFUSAL_WITHOUT_REASON);
    }

    @Test
    void clichesAreFoundWithAPlainAlternative() {
        PlainLanguageReport r = checker.check("Настоящим сообщаем, что в связи с отсутствием документов рассмотреть данное заявление не представляется возможным.");
        assertThat(r.issues()).filteredOn(i -> i.kind() == Kind.CLICHE)
                .extracting(PlainLanguageIssue::fragment)
                .contains("Настоящим сообщаем", "в связи с", "данное", "не представляется возможным");
        assertThat(r.issues()).filteredOn(i -> "не представляется возможным".equals(i.fragment()))
                .first().extracting(PlainLanguageIssue::suggestion).isEqualTo("мы не можем");
    }

    @Test
    void longSentencesAndPassiveChainsAreFlagged() {
        String draft = "Заявление было рассмотрено, документы были проверены и переданы в отдел, после чего в целях обеспечения "
                + "исполнения решения о предоставлении участка был подготовлен проект договора, который направлен заявителю "
                + "для подписания и последующего возврата в департамент в течение тридцати дней.";
        PlainLanguageReport r = checker.check(draft);
        assertThat(r.issues()).extracting(PlainLanguageIssue::kind).contains(Kind.LONG_SENTENCE, Kind.PASSIVE_CHAIN);
        assertThat(r.wordsPerSentence()).isGreaterThan(PlainLanguageChecker.LONG_SENTENCE_WORDS);
    }

    @Test
    void plainTextReadsEasierThanBureaucraticText() {
        PlainLanguageReport plain = checker.check("Мы получили ваше письмо. Участок свободен. Приходите в четверг, подпишем договор.");
        PlainLanguageReport heavy = checker.check("В соответствии с вышеизложенным осуществление предоставления испрашиваемого "
                + "земельного участка в аренду без проведения торгов не представляется возможным в связи с несоответствием "
                + "испрашиваемого вида разрешённого использования установленному градостроительному регламенту.");
        assertThat(plain.readability()).isGreaterThan(heavy.readability());
        assertThat(plain.readability()).isGreaterThan(50);
        assertThat(heavy.readability()).isLessThan(0);
        assertThat(heavy.readabilityLevel()).isEqualTo("очень трудно");
        assertThat(plain.issues()).isEmpty();
        assertThat(plain.sentences()).isEqualTo(3);
    }

    @Test
    void abbreviationsDoNotSplitSentences() {
        PlainLanguageReport r = checker.check("Согласно ст. 39.16 ЗК РФ и п. 3 договора срок — 30 дней.");
        assertThat(r.sentences()).isEqualTo(1);
    }

    @Test
    void emptyAndHugeDraftsGetAReport() {
        assertThat(checker.check("").words()).isZero();
        assertThat(checker.check(null).blocked()).isFalse();
        PlainLanguageReport huge = checker.check("Отказано на основании п. 1 ст. 39.16 ЗК РФ. ".repeat(5_000));
        assertThat(huge.blocked()).isTrue();
        assertThat(huge.issues().size()).isLessThanOrEqualTo(101);
    }
}
