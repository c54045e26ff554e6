package ru.otklik.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.messages.api.TriageSuggestion;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.abuse.AbuseVerdict;
import ru.otklik.text.topic.Topic;
import ru.otklik.text.topic.TopicSuggester;
import ru.otklik.text.urgency.UrgencyDetector;
import ru.otklik.text.urgency.UrgencyVerdict;

/** Triage suggestions from the text analysers, with the topic→unit map of {@code topic-departments.tsv}. */
@ApplicationScoped
public class TextTriageAdvisor implements TriageAdvisor {

    /** §7: staff see the three likeliest topics. */
    static final int TOPICS = 3;

    private final TopicSuggester topics;
    private final AbuseScreener abuse;
    private final UrgencyDetector urgency;
    private final Map<String, String> departments;

    TextTriageAdvisor(TopicSuggester topics, AbuseScreener abuse, UrgencyDetector urgency) {
        this.topics = topics;
        this.abuse = abuse;
        this.urgency = urgency;
        this.departments = load();
    }

    @Override
    public TriageSuggestion advise(String text, Instant receivedAt) {
        List<TriageSuggestion.TopicOption> options = topics.suggest(text, TOPICS).stream()
                .map(s -> new TriageSuggestion.TopicOption(s.topic().code(), s.topic().topic(), s.topic().need(),
                        s.confidence(), s.evidence(), departments.get(s.topic().code())))
                .toList();
        UrgencyVerdict u = urgency.detect(text, receivedAt, false);
        AbuseVerdict a = abuse.screen(text);
        return new TriageSuggestion(options,
                new TriageSuggestion.UrgencyHint(u.urgent(), u.answerBy() == null ? null : u.answerBy().toString(),
                        u.cues().stream().map(c -> new TriageSuggestion.Reason(code(c.kind()), c.fragment(), c.reason(),
                                c.date() == null ? null : c.date().toString())).toList()),
                new TriageSuggestion.AbuseHint(code(a.verdict()), a.findings().stream()
                        .map(f -> new TriageSuggestion.Fragment(code(f.category()), f.fragment(), f.normalised(), f.rule()))
                        .toList()),
                options.isEmpty() ? null : options.get(0).departmentCode());
    }

    @Override
    public void learn(String text, String topicCode) {
        topics.learn(text, topicCode);
    }

    @Override
    public boolean knowsTopic(String topicCode) {
        return topics.taxonomy().stream().map(Topic::code).anyMatch(topicCode::equals);
    }

    @Override
    public Optional<String> departmentFor(String topicCode) {
        return Optional.ofNullable(departments.get(topicCode));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = TextTriageAdvisor.class.getResourceAsStream("topic-departments.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0].strip(), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read topic-departments.tsv", e);
        }
        return Map.copyOf(map);
    }
}
