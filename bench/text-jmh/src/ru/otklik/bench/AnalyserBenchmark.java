package ru.otklik.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ru.otklik.text.abuse.AbuseScreener;
import ru.otklik.text.abuse.AbuseVerdict;
import ru.otklik.text.lang.RussianMorphology;
import ru.otklik.text.plain.PlainLanguageChecker;
import ru.otklik.text.plain.PlainLanguageReport;
import ru.otklik.text.topic.CentroidTopicSuggester;
import ru.otklik.text.topic.TopicSuggestion;
import ru.otklik.text.urgency.UrgencyDetector;
import ru.otklik.text.urgency.UrgencyVerdict;

/**
 * Time of each analyser on one typical message of 1–2 KB, on one thread (goal: under 1 ms each).
 * Every call is timed on its own, so the median stays honest on a machine shared with other
 * builds: a call far shorter than a scheduler time slice is rarely interrupted, while the mean
 * absorbs every interruption.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyserBenchmark {

    /** An incoming appeal of about 1.5 KB with dates, urgency words, disguised мат and a threat. */
    static final String MESSAGE = "Здравствуйте! Я, Иванова Мария Петровна, арендатор земельного участка с кадастровым номером "
            + "54:35:012345:67 в Новосибирском районе, договор аренды № 123-а от 15.03.2020. Срок договора истекает 1 декабря, "
            + "заявление о продлении я подала ещё в сентябре, но ответа до сих пор нет. Теперь мне пишут, что участок выставят "
            + "на торги, аукцион назначен на 15.12.2026. На участке стоит мой жилой дом, построенный в 2021 году, и я имею "
            + "право выкупить участок без торгов. Третий раз пишу вам, и каждый раз получаю отписку со ссылками на статьи "
            + "Земельного кодекса, которые я не понимаю. Специалист по телефону сказал «приходите завтра» уже пятый раз. "
            + "Это xyйня, а не работа, вы там совсем з@ебали со своими бумажками! Если участок отдадут другому, я вас найду. "
            + "Прошу срочно: 1) приостановить подготовку торгов по моему участку; 2) продлить договор аренды на новый срок; "
            + "3) разъяснить простыми словами, какие документы нужны для выкупа участка под домом; 4) сообщить, на каком "
            + "этапе моё заявление от 5 сентября. Ответ прошу направить на электронную почту, копию — почтой. Через неделю "
            + "я уезжаю на лечение, поэтому очень прошу ответить до 10 декабря. Заранее спасибо.";

    /** An outgoing draft of about 1.2 KB: a refusal with канцелярит and citations. */
    static final String DRAFT = "Уважаемая Мария Петровна! Департамент имущества и земельных отношений Новосибирской области, "
            + "рассмотрев Ваше обращение, поступившее в адрес департамента, по вопросу продления договора аренды земельного "
            + "участка, сообщает следующее. В соответствии с пп. 2 п. 1 ст. 39.16 ЗК РФ в предоставлении земельного участка "
            + "без проведения торгов отказано. Вышеуказанный земельный участок был включён в перечень участков, предоставление "
            + "которых осуществляется на торгах, в связи с чем заключение договора аренды на новый срок не представляется "
            + "возможным. Данное решение может быть обжаловано в установленном законом порядке. Дополнительно сообщаем, что "
            + "в целях оформления прав на объект недвижимости, расположенный на земельном участке, Вы вправе обратиться в "
            + "департамент с заявлением о предоставлении земельного участка в собственность за плату в соответствии со "
            + "ст. 39.20 ЗК РФ с приложением документов, предусмотренных Перечнем, утверждённым Приказом Росреестра от "
            + "02.09.2020 № П/0321. Информация о ходе рассмотрения заявлений размещается на официальном сайте департамента.";

    private AbuseScreener abuse;
    private UrgencyDetector urgency;
    private PlainLanguageChecker plain;
    private CentroidTopicSuggester topics;
    private Instant received;

    @Setup
    public void setUp() {
        RussianMorphology morphology = RussianMorphology.get();
        abuse = new AbuseScreener(morphology);
        urgency = new UrgencyDetector();
        plain = new PlainLanguageChecker(morphology);
        topics = CentroidTopicSuggester.withSeeds(morphology);
        received = Instant.parse("2026-11-28T03:00:00Z");
    }

    @Benchmark
    public AbuseVerdict abuseScreening() {
        return abuse.screen(MESSAGE);
    }

    @Benchmark
    public UrgencyVerdict urgency() {
        return urgency.detect(MESSAGE, received, true);
    }

    @Benchmark
    public PlainLanguageReport plainLanguage() {
        return plain.check(DRAFT);
    }

    @Benchmark
    public java.util.List<TopicSuggestion> topics() {
        return topics.suggest(MESSAGE, 3);
    }
}
