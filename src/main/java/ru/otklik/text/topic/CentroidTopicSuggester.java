package ru.otklik.text.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import ru.otklik.text.lang.RussianMorphology;

/**
 * TF-IDF centroid classifier over Russian lemmas: each topic is the average of its examples'
 * lemma vectors, and a message goes to the topics whose centroid it is closest to (cosine).
 * Learning adds one example's counts, so a staff correction takes effect in microseconds; the
 * centroids are rebuilt lazily from the counts (milliseconds for thousands of examples).
 */
public final class CentroidTopicSuggester implements TopicSuggester {

    private static final int MAX_WORDS = 2_000;
    /** Sharpness of the confidence: lower spreads it over more topics. */
    private static final double TEMPERATURE = 0.08;

    private static final Set<String> STOP = Set.of("и", "в", "во", "на", "с", "со", "по", "для", "не", "что", "как", "я", "мы",
            "вы", "он", "она", "они", "это", "этот", "тот", "к", "у", "о", "об", "от", "до", "из", "за", "а", "но", "или", "ли",
            "же", "бы", "быть", "мой", "наш", "ваш", "свой", "весь", "который", "так", "уже", "если", "то", "там", "здесь",
            "прошу", "просить", "пожалуйста", "здравствуйте", "добрый", "день", "уважаемый", "можно", "мочь", "нужно", "хотеть",
            "год", "когда", "почему", "какой", "кто", "где", "сколько", "ещё", "еще", "при", "без", "под", "над", "через",
            "очень", "только", "нет", "да", "есть", "его", "её", "их", "мне", "меня", "нас", "вас", "вам", "нам", "сказать");

    private final RussianMorphology morphology;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Per topic: summed term frequencies (each example normalised to length 1) and example count. */
    private final Map<String, Map<String, Double>> termSums = new HashMap<>();
    private final Map<String, Integer> examples = new HashMap<>();
    /** Document frequency of each lemma over all examples. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private volatile Map<String, Map<String, Double>> centroids;
    private volatile Map<String, Double> idf;

    public CentroidTopicSuggester(RussianMorphology morphology, List<Topic> taxonomy) {
        this.morphology = morphology;
        for (Topic t : taxonomy) {
            topics.put(t.code(), t);
        }
    }

    /** The department's seed taxonomy and examples shipped with the application. */
    public static CentroidTopicSuggester withSeeds(RussianMorphology morphology) {
        List<Topic> taxonomy = new ArrayList<>();
        for (String[] row : rows("/ru/otklik/text/taxonomy.tsv")) {
            if (!row[0].equals("code")) {
                taxonomy.add(new Topic(row[0], row[1], row[2]));
            }
        }
        CentroidTopicSuggester suggester = new CentroidTopicSuggester(morphology, taxonomy);
        for (String[] row : rows("/ru/otklik/text/topic-seeds.tsv")) {
            suggester.learn(row[1], row[0]);
        }
        return suggester;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CentroidTopicSuggester.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public List<Topic> taxonomy() {
        return List.copyOf(topics.values());
    }

    @Override
    public void learn(String text, String code) {
        if (!topics.containsKey(code)) {
            throw new IllegalArgumentException("Unknown topic " + code);
        }
        Map<String, Double> tf = termFrequencies(text);
        if (tf.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            Map<String, Double> sums = termSums.computeIfAbsent(code, c -> new HashMap<>());
            tf.forEach((term, weight) -> {
                sums.merge(term, weight, Double::sum);
                documentFrequency.merge(term, 1, Integer::sum);
            });
            examples.merge(code, 1, Integer::sum);
            documents++;
            centroids = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<TopicSuggestion> suggest(String text, int limit) {
        Map<String, Double> tf = termFrequencies(text);
        if (tf.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<String, Map<String, Double>> model = model();
        Map<String, Double> weights = idf;
        Map<String, Double> query = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                double v = e.getValue() * w;
                query.put(e.getKey(), v);
                norm += v * v;
            }
        }
        if (norm == 0) {
            return List.of();
        }
        norm = Math.sqrt(norm);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> c : model.entrySet()) {
            double dot = 0;
            List<Map.Entry<String, Double>> contributions = new ArrayList<>();
            for (Map.Entry<String, Double> q : query.entrySet()) {
                Double cv = c.getValue().get(q.getKey());
                if (cv != null) {
                    double part = q.getValue() / norm * cv;
                    dot += part;
                    contributions.add(Map.entry(q.getKey(), part));
                }
            }
            if (dot > 0) {
                contributions.sort(Map.Entry.<String, Double>comparingByValue().reversed());
                List<String> evidence = new ArrayList<>();
                for (int i = 0; i < Math.min(4, contributions.size()); i++) {
                    evidence.add(contributions.get(i).getKey());
                }
                scored.add(new Scored(c.getKey(), dot, evidence));
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        double best = scored.get(0).score();
        double total = 0;
        for (Scored s : scored) {
            total += Math.exp((s.score() - best) / TEMPERATURE);
        }
        List<TopicSuggestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            Scored s = scored.get(i);
            double confidence = Math.exp((s.score() - best) / TEMPERATURE) / total;
            // a weak best match is not a confident one, however far ahead of the others it is
            confidence *= Math.min(1.0, best / 0.25);
            out.add(new TopicSuggestion(topics.get(s.code()), Math.round(confidence * 1000) / 1000.0, s.evidence()));
        }
        return out;
    }

    private record Scored(String code, double score, List<String> evidence) {
    }

    private Map<String, Map<String, Double>> model() {
        Map<String, Map<String, Double>> built = centroids;
        if (built != null) {
            return built;
        }
        lock.readLock().lock();
        try {
            Map<String, Double> weights = new HashMap<>();
            documentFrequency.forEach((term, df) -> weights.put(term, Math.log(1.0 + (double) documents / df)));
            Map<String, Map<String, Double>> result = new HashMap<>();
            termSums.forEach((code, sums) -> {
                Map<String, Double> centroid = new HashMap<>();
                double norm = 0;
                for (Map.Entry<String, Double> e : sums.entrySet()) {
                    double v = e.getValue() / examples.get(code) * weights.get(e.getKey());
                    centroid.put(e.getKey(), v);
                    norm += v * v;
                }
                double n = Math.sqrt(norm);
                centroid.replaceAll((k, v) -> v / n);
                result.put(code, centroid);
            });
            idf = weights;
            centroids = result;
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Lemma frequencies of a text, normalised to unit length; stop words and numbers left out. */
    Map<String, Double> termFrequencies(String text) {
        Map<String, Double> tf = new HashMap<>();
        if (text == null) {
            return tf;
        }
        int n = text.length();
        int i = 0;
        int words = 0;
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - s < 2 || i - s > 30) {
                continue;
            }
            words++;
            String word = text.substring(s, i).toLowerCase(Locale.ROOT).replace('ё', 'е');
            String lemma = morphology.lemma(word);
            if (!STOP.contains(lemma) && !STOP.contains(word)) {
                tf.merge(lemma, 1.0, Double::sum);
            }
        }
        double norm = Math.sqrt(tf.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            tf.replaceAll((k, v) -> v / norm);
        }
        return tf;
    }
}
