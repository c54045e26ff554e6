package ru.otklik.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.topic.CentroidTopicSuggester;
import ru.otklik.text.topic.TopicSuggestion;

/** Evaluation of the analysers other than abuse screening. */
final class Extras {
    private Extras() {
    }

    static void run(Path root, Path data) {
        try {
            topics(data.resolve("topics_eval.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void topics(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", 2);
            if (cols.length == 2 && !cols[0].equals("other")) {
                rows.add(cols);
            }
        }
        System.out.println();
        System.out.println("== Topic and need suggestion (§7) ==");
        System.out.println("bench/text-eval/data/topics_eval.tsv: " + rows.size() + " labelled appeals (rows labelled «other» left out)");
        CentroidTopicSuggester seeds = CentroidTopicSuggester.withSeeds(RussianMorphology.get());
        report("seed examples only", seeds, rows, 0, 1);
        // staff corrections: learn one half of the appeals, test on the other, then swap
        int[] top1 = new int[1];
        int[] top3 = new int[1];
        for (int fold = 0; fold < 2; fold++) {
            CentroidTopicSuggester learning = CentroidTopicSuggester.withSeeds(RussianMorphology.get());
            long started = System.nanoTime();
            int learned = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (i % 2 != fold) {
                    learning.learn(rows.get(i)[1], rows.get(i)[0]);
                    learned++;
                }
            }
            learning.suggest("прогрев", 3);
            long micros = (System.nanoTime() - started) / 1000;
            if (fold == 0) {
                System.out.printf("learning %d staff-confirmed messages and rebuilding the model took %d ms%n", learned, micros / 1000);
            }
            int[] r = score(learning, rows, fold, 2);
            top1[0] += r[0];
            top3[0] += r[1];
        }
        System.out.printf("%-44s top-1 %.3f  top-3 %.3f%n", "seeds + staff corrections (2-fold)",
                (double) top1[0] / rows.size(), (double) top3[0] / rows.size());
    }

    private static void report(String name, CentroidTopicSuggester suggester, List<String[]> rows, int offset, int step) {
        int[] r = score(suggester, rows, offset, step);
        int n = (rows.size() - offset + step - 1) / step;
        System.out.printf("%-44s top-1 %.3f  top-3 %.3f%n", name, (double) r[0] / n, (double) r[1] / n);
    }

    private static int[] score(CentroidTopicSuggester suggester, List<String[]> rows, int offset, int step) {
        int top1 = 0;
        int top3 = 0;
        for (int i = offset; i < rows.size(); i += step) {
            String truth = rows.get(i)[0];
            List<TopicSuggestion> got = suggester.suggest(rows.get(i)[1], 3);
            boolean first = !got.isEmpty() && got.get(0).topic().code().equals(truth);
            boolean any = got.stream().anyMatch(s -> s.topic().code().equals(truth));
            top1 += first ? 1 : 0;
            top3 += any ? 1 : 0;
            EvalRunner.miss(rows.get(i)[0], got.isEmpty() ? "[]" : got.get(0).topic().code() + " " + got.get(0).evidence(),
                    rows.get(i)[1], !any && step == 1);
        }
        return new int[] { top1, top3 };
    }
}
