package ru.otklik.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.notifications.api.TemplateFinding;
import ru.otklik.shared.problem.FieldProblem;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.plain.PlainLanguageIssue;
import ru.otklik.text.plain.PlainLanguageReport;

/**
 * §6 for the wording of notices: every template is read by the plain-language checker before it
 * is saved. A template reaches thousands of citizens, so what would make it unreadable — a
 * sentence far too long, grounds given only as legal citations — stops the save; the rest is
 * advice the editor sees next to the text.
 */
@ApplicationScoped
public class TemplateReadability {

    private final PlainLanguageChecker checker;
    private final NotificationsConfig config;

    TemplateReadability(PlainLanguageChecker checker, NotificationsConfig config) {
        this.checker = checker;
        this.config = config;
    }

    /**
     * Findings for a draft, errors first. Placeholders are read as the kind's sample values, so
     * a sentence is judged as long as the citizen will see it.
     */
    public List<TemplateFinding> check(NotificationKind kind, String subject, String body, String shortBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", subject);
        fields.put("body", body);
        fields.put("shortBody", shortBody);
        List<TemplateFinding> findings = new ArrayList<>();
        fields.forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            TemplateText parsed;
            try {
                parsed = TemplateText.parse(text);
            } catch (TemplateText.MalformedException e) {
                return; // the placeholder check reports it
            }
            if (!parsed.missing(kind.samples()).isEmpty()) {
                return; // an unknown placeholder: the placeholder check reports it
            }
            String filled = parsed.render(kind.samples());
            findings.addAll(findings(field, filled, checker.check(filled)));
        });
        findings.sort((a, b) -> Boolean.compare(b.blocking(), a.blocking()));
        return findings;
    }

    /** Throws a 422 listing the blocking findings, if there are any. */
    public void requireReadable(List<TemplateFinding> findings) {
        List<FieldProblem> errors = findings.stream().filter(TemplateFinding::blocking)
                .map(f -> new FieldProblem(f.field(), f.message()
                        + (f.fragment() == null ? "" : " Фрагмент: «" + f.fragment() + "».")
                        + (f.suggestion() == null ? "" : " Как проще: " + f.suggestion() + ".")))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException("template-plain-language", 422, "Текст шаблона трудно понять",
                    "Шаблон не сохранён: клиенты не поймут его без помощи юриста или прочтут с трудом (§6). "
                            + "Исправьте отмеченные места; остальные замечания — советы.", errors);
        }
    }

    private List<TemplateFinding> findings(String field, String text, PlainLanguageReport report) {
        List<TemplateFinding> out = new ArrayList<>();
        if (report.blocked()) {
            out.add(new TemplateFinding(field, "citation_only_refusal", "error", null,
                    "Отказ объяснён только ссылками на нормы: клиент должен понять причину, не читая закон (§14).",
                    "Объясните своими словами, почему просьбу нельзя выполнить"));
        }
        for (PlainLanguageIssue issue : report.issues()) {
            out.add(new TemplateFinding(field, issue.kind().name().toLowerCase(Locale.ROOT), severity(issue, text),
                    issue.fragment(), issue.message(), issue.suggestion()));
        }
        return out;
    }

    private String severity(PlainLanguageIssue issue, String text) {
        return switch (issue.kind()) {
            case LONG_SENTENCE -> words(text.substring(issue.start(), issue.end())) > config.plainLanguage().blockSentenceWords() ? "error" : "warning";
            case UNEXPLAINED_CITATION -> config.plainLanguage().blockUnexplainedCitations() ? "error" : "warning";
            case CLICHE, PASSIVE_CHAIN, REFUSAL_WITHOUT_REASON -> "warning";
        };
    }

    private static int words(String fragment) {
        if (fragment == null) {
            return 0;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < fragment.length(); i++) {
            boolean letter = Character.isLetterOrDigit(fragment.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
