package ru.otklik.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.topic.CentroidTopicSuggester;
import ru.otklik.text.topic.TopicSuggester;
import ru.otklik.text.urgency.UrgencyDetector;

/** Makes the pure analysers available for injection; one instance of each for the application. */
@ApplicationScoped
public class TextAnalysers {

    @Produces
    @Singleton
    AbuseScreener abuseScreener() {
        return new AbuseScreener(RussianMorphology.get());
    }

    @Produces
    @Singleton
    UrgencyDetector urgencyDetector() {
        return new UrgencyDetector();
    }

    @Produces
    @Singleton
    PlainLanguageChecker plainLanguageChecker() {
        return new PlainLanguageChecker(RussianMorphology.get());
    }

    @Produces
    @Singleton
    TopicSuggester topicSuggester() {
        return CentroidTopicSuggester.withSeeds(RussianMorphology.get());
    }
}
