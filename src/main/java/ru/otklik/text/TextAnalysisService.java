package ru.otklik.text;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.text.abuse.AbuseFinding;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.abuse.AbuseVerdict;
import ru.otklik.text.api.AnalyseText;
import ru.otklik.text.api.TextAnalysis;
import ru.otklik.text.api.TextKind;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.plain.PlainLanguageIssue;
import ru.otklik.text.plain.PlainLanguageReport;
import ru.otklik.text.topic.TopicSuggester;
import ru.otklik.text.topic.TopicSuggestion;
import ru.otklik.text.urgency.UrgencyCue;
import ru.otklik.text.urgency.UrgencyDetector;
import ru.otklik.text.urgency.UrgencyVerdict;

/**
 * Runs the text analysers that apply to a text and explains what they saw: incoming messages
 * are screened (§9), checked for urgency (§8) and classified (§7); drafts are screened and
 * checked for plain language (§6, §14).
 */
@ApplicationScoped
public class TextAnalysisService {

    /** How many topic suggestions staff see (§7). */
    static final int TOPIC_SUGGESTIONS = 3;

    private final AbuseScreener abuse;
    private final UrgencyDetector urgency;
    private final PlainLanguageChecker plainLanguage;
    private final TopicSuggester topics;
    private final Clock clock;

    TextAnalysisService(AbuseScreener abuse, UrgencyDetector urgency, PlainLanguageChecker plainLanguage,
                        TopicSuggester topics, Clock clock) {
        this.abuse = abuse;
        this.urgency = urgency;
        this.plainLanguage = plainLanguage;
        this.topics = topics;
        this.clock = clock;
    }

    public TextAnalysis analyse(AnalyseText request) {
        String text = request.text();
        TextAnalysis.Abuse screened = abuse(abuse.screen(text));
        if (request.kind() == TextKind.DRAFT) {
            return new TextAnalysis(request.kind(), text.length(), screened, null, null, plainLanguage(plainLanguage.check(text)));
        }
        Instant received = request.receivedAt() == null ? clock.instant() : request.receivedAt();
        UrgencyVerdict urgent = urgency.detect(text, received, Boolean.TRUE.equals(request.repeated()));
        List<TextAnalysis.TopicGuess> guesses = topics.suggest(text, TOPIC_SUGGESTIONS).stream().map(TextAnalysisService::topic).toList();
        return new TextAnalysis(request.kind(), text.length(), screened, urgency(urgent), guesses, null);
    }

    private static TextAnalysis.Abuse abuse(AbuseVerdict v) {
        return new TextAnalysis.Abuse(code(v.verdict()), v.inadmissible(),
                v.categories().stream().map(TextAnalysisService::code).toList(),
                v.findings().stream().map(TextAnalysisService::evidence).toList());
    }

    private static TextAnalysis.AbuseEvidence evidence(AbuseFinding f) {
        return new TextAnalysis.AbuseEvidence(code(f.category()), f.fragment(), f.start(), f.end(), f.normalised(), f.rule(),
                code(f.disguise()));
    }

    private static TextAnalysis.Urgency urgency(UrgencyVerdict v) {
        return new TextAnalysis.Urgency(v.urgent(), v.answerBy(), v.cues().stream().map(TextAnalysisService::reason).toList());
    }

    private static TextAnalysis.UrgencyReason reason(UrgencyCue c) {
        return new TextAnalysis.UrgencyReason(code(c.kind()), c.fragment(), c.start(), c.end(), c.date(), c.reason());
    }

    private static TextAnalysis.TopicGuess topic(TopicSuggestion s) {
        return new TextAnalysis.TopicGuess(s.topic().code(), s.topic().topic(), s.topic().need(), s.confidence(), s.evidence());
    }

    private static TextAnalysis.PlainLanguage plainLanguage(PlainLanguageReport r) {
        return new TextAnalysis.PlainLanguage(r.readability(), r.readabilityLevel(), r.sentences(), r.words(),
                r.wordsPerSentence(), r.syllablesPerWord(), r.refusal(), r.blocked(),
                r.issues().stream().map(TextAnalysisService::remark).toList());
    }

    private static TextAnalysis.PlainLanguageRemark remark(PlainLanguageIssue i) {
        return new TextAnalysis.PlainLanguageRemark(code(i.kind()), i.fragment(), i.start(), i.end(), i.message(), i.suggestion());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
