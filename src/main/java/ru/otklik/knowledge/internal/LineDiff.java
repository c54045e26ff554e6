package ru.otklik.knowledge.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line diff of two texts by longest common subsequence, as editors know it from version
 * control: unchanged, removed and added lines in reading order. The common head and tail are
 * trimmed first, so the quadratic table only covers the region that actually changed.
 */
public final class LineDiff {

    /** Beyond this many changed lines on both sides the middle is shown as removed-then-added. */
    private static final long MAX_TABLE = 4_000_000L;

    public enum Op { EQUAL, REMOVED, ADDED }

    /** One line of the diff with its 1-based number in the old and/or new text. */
    public record Line(Op op, String text, Integer oldNumber, Integer newNumber) {
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Line(Op.EQUAL, a[i], i + 1, i + 1));
        }
        middle(a, head, a.length - tail, b, head, b.length - tail, out);
        for (int k = tail; k > 0; k--) {
            int i = a.length - k;
            int j = b.length - k;
            out.add(new Line(Op.EQUAL, a[i], i + 1, j + 1));
        }
        return out;
    }

    private static void middle(String[] a, int a0, int a1, String[] b, int b0, int b1, List<Line> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_TABLE) {
            for (int i = a0; i < a1; i++) {
                out.add(new Line(Op.REMOVED, a[i], i + 1, null));
            }
            for (int j = b0; j < b1; j++) {
                out.add(new Line(Op.ADDED, b[j], null, j + 1));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                out.add(new Line(Op.EQUAL, a[a0 + i], a0 + i + 1, b0 + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Op.REMOVED, a[a0 + i], a0 + i + 1, null));
                i++;
            } else {
                out.add(new Line(Op.ADDED, b[b0 + j], null, b0 + j + 1));
                j++;
            }
        }
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String[] split = text.split("\r?\n", -1);
        return text.endsWith("\n") ? Arrays.copyOf(split, split.length - 1) : split;
    }
}
