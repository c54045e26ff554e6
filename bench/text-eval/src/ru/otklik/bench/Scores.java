package ru.otklik.bench;

/** Counts of one binary decision and the figures derived from them. */
final class Scores {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean truth, boolean predicted) {
        if (truth && predicted) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (truth) {
            fn++;
        } else {
            tn++;
        }
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String name) {
        return String.format("%-34s %5d %5d %5d %5d   %.3f  %.3f  %.3f", name, tp, fp, fn, tn, precision(), recall(), f1());
    }

    static String header() {
        return String.format("%-34s %5s %5s %5s %5s   %-5s  %-5s  %-5s", "class", "TP", "FP", "FN", "TN", "P", "R", "F1");
    }
}
