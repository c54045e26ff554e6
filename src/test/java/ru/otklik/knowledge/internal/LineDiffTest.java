package ru.otklik.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import ru.otklik.knowledge.internal.LineDiff.Op;

class LineDiffTest {

    @Test
    void changedLineShowsAsRemovedThenAddedBetweenUnchangedOnes() {
        assertThat(LineDiff.of("Срок — 30 дней.\nПодача через МФЦ.\nОтвет почтой.",
                "Срок — 30 дней.\nПодача через портал.\nОтвет почтой."))
                .extracting(LineDiff.Line::op, LineDiff.Line::text, LineDiff.Line::oldNumber, LineDiff.Line::newNumber)
                .containsExactly(
                        tuple(Op.EQUAL, "Срок — 30 дней.", 1, 1),
                        tuple(Op.REMOVED, "Подача через МФЦ.", 2, null),
                        tuple(Op.ADDED, "Подача через портал.", null, 2),
                        tuple(Op.EQUAL, "Ответ почтой.", 3, 3));
    }

    @Test
    void insertedAndDeletedLinesKeepTheRestAligned() {
        assertThat(LineDiff.of("а\nб\nв\nг", "а\nв\nг\nд"))
                .extracting(LineDiff.Line::op, LineDiff.Line::text)
                .containsExactly(tuple(Op.EQUAL, "а"), tuple(Op.REMOVED, "б"), tuple(Op.EQUAL, "в"), tuple(Op.EQUAL, "г"),
                        tuple(Op.ADDED, "д"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertThat(LineDiff.of("", "одна\nдве\n")).extracting(LineDiff.Line::op).containsExactly(Op.ADDED, Op.ADDED);
        assertThat(LineDiff.of("одна", "одна")).extracting(LineDiff.Line::op).containsExactly(Op.EQUAL);
    }

    @Test
    void windowsLineEndingsAreNotAChange() {
        assertThat(LineDiff.of("а\r\nб", "а\nб")).extracting(LineDiff.Line::op).containsOnly(Op.EQUAL);
    }
}
