package ru.otklik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.otklik.text.abuse.AbuseCategory;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.abuse.AbuseVerdict;
import ru.otklik.text.lang.RussianMorphology;

/**
 * Prints precision, recall and F1 of the text analysers on the labelled sets in
 * bench/text-eval/data and, when present beside the repository, on the shared development data
 * (../shared/eval/abuse). Usage: {@code EvalRunner <repository root> [--misses]}.
 */
public final class EvalRunner {

    private static boolean showMisses;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        showMisses = List.of(args).contains("--misses");
        Path data = root.resolve("bench/text-eval/data");
        AbuseScreener screener = new AbuseScreener(RussianMorphology.get());

        System.out.println("== Abuse screening (§9) ==");
        ownSet(screener, data.resolve("threats_insults.tsv"), "(b) threats and insults to staff");
        ownSet(screener, data.resolve("holdout.tsv"), "(b') second set, written after the rules (first-run figures in README)");
        cleanAppeals(screener, data.resolve("appeals_clean.txt"));
        Path vk = root.resolve("../shared/eval/abuse/vk_russian_distorted_toxicity.tsv").normalize();
        if (Files.exists(vk)) {
            vkSet(screener, vk, data.resolve("vk_obscene_labels.tsv"));
        } else {
            System.out.println("(" + vk + " not found: VK development set skipped)");
        }
        Extras.run(root, data);
    }

    private static void ownSet(AbuseScreener screener, Path file, String title) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Scores threat = new Scores();
        Scores insult = new Scores();
        Scores obscene = new Scores();
        Scores any = new Scores();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", 2);
            Set<String> truth = Set.of(cols[0].split(","));
            AbuseVerdict v = screener.screen(cols[1]);
            Set<AbuseCategory> got = v.categories();
            threat.add(truth.contains("threat"), got.contains(AbuseCategory.THREAT));
            insult.add(truth.contains("insult"), got.contains(AbuseCategory.INSULT));
            obscene.add(truth.contains("obscene"), got.contains(AbuseCategory.OBSCENE));
            any.add(!truth.contains("none"), v.inadmissible());
            miss(truth.toString(), got.toString(), cols[1], !truth.contains("none") != v.inadmissible()
                    || truth.contains("threat") != got.contains(AbuseCategory.THREAT)
                    || truth.contains("insult") != got.contains(AbuseCategory.INSULT)
                    || truth.contains("obscene") != got.contains(AbuseCategory.OBSCENE));
        }
        System.out.println();
        System.out.println(title + ", bench/text-eval/data/" + file.getFileName() + ", " + (lines.size() - 1) + " sentences");
        System.out.println(Scores.header());
        System.out.println(threat.row("threat"));
        System.out.println(insult.row("insult"));
        System.out.println(obscene.row("obscene"));
        System.out.println(any.row("inadmissible (any class)"));
    }

    private static void cleanAppeals(AbuseScreener screener, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int alarms = 0;
        int total = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            AbuseVerdict v = screener.screen(line);
            if (v.inadmissible()) {
                alarms++;
                miss("none", v.categories() + " " + v.findings(), line, true);
            }
        }
        // every appeal also inside a longer letter made of three of them, as clients write
        int letters = 0;
        int letterAlarms = 0;
        List<String> clean = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                clean.add(line);
            }
        }
        for (int i = 0; i < clean.size(); i++) {
            String letter = clean.get(i) + " " + clean.get((i * 7 + 3) % clean.size()) + "\n" + clean.get((i * 13 + 5) % clean.size());
            letters++;
            if (screener.screen(letter).inadmissible()) {
                letterAlarms++;
            }
        }
        System.out.println();
        System.out.println("(c) ordinary appeals, bench/text-eval/data/appeals_clean.txt");
        System.out.printf("false alarms: %d of %d appeals (%.2f%%); %d of %d three-appeal letters (%.2f%%)%n",
                alarms, total, 100.0 * alarms / total, letterAlarms, letters, 100.0 * letterAlarms / letters);
    }

    private static void vkSet(AbuseScreener screener, Path file, Path obsceneLabels) throws IOException {
        Set<String> obsceneIds = new HashSet<>();
        List<String> labels = Files.readAllLines(obsceneLabels, StandardCharsets.UTF_8);
        for (String line : labels.subList(1, labels.size())) {
            String[] cols = line.split("\t");
            if (cols.length > 1 && cols[1].trim().equals("1")) {
                obsceneIds.add(cols[0].trim());
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Scores toxic = new Scores();
        Scores obscene = new Scores();
        Scores distortedObscene = new Scores();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 5) {
                continue;
            }
            String id = cols[0];
            String text = cols[2];
            boolean distorted = cols[3].trim().equals("1");
            boolean isToxic = cols[4].trim().equals("1");
            AbuseVerdict v = screener.screen(text);
            boolean gotObscene = v.categories().contains(AbuseCategory.OBSCENE);
            toxic.add(isToxic, v.inadmissible());
            obscene.add(obsceneIds.contains(id), gotObscene);
            if (distorted) {
                distortedObscene.add(obsceneIds.contains(id), gotObscene);
            }
            miss("vk " + id + " obscene=" + obsceneIds.contains(id), v.findings().toString(), text,
                    obsceneIds.contains(id) != gotObscene);
        }
        System.out.println();
        System.out.println("(a) VK comments with disguised spelling, ../shared/eval/abuse/vk_russian_distorted_toxicity.tsv, "
                + (lines.size() - 1) + " comments");
        System.out.println(Scores.header());
        System.out.println(obscene.row("obscene (own labels, §9 мат)"));
        System.out.println(distortedObscene.row("  of which disguised comments"));
        System.out.println(toxic.row("toxicity label (any class)"));
        System.out.println("The set's toxicity label also covers rudeness about third parties, which §9 does not;");
        System.out.println("obscenity labels: bench/text-eval/data/vk_obscene_labels.tsv.");
    }

    static void miss(String truth, String got, String text, boolean wrong) {
        if (showMisses && wrong) {
            System.out.println("MISS truth=" + truth + " got=" + got + " :: " + (text.length() > 300 ? text.substring(0, 300) : text));
        }
    }
}
