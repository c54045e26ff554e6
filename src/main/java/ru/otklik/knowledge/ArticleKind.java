package ru.otklik.knowledge;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an article is: exactly the contents of §34, plus the call scripts of §21 and §23. */
@Schema(name = "ArticleKind", description = """
        Вид материала (§34): regulatory_acts — перечень нормативных правовых актов; job_description — должностная
        инструкция; faq — частый вопрос с ответом; answer_template — шаблон ответа; solution_example — пример решения;
        external_contacts — контакты для консультации внешних клиентов; other — иные материалы; script_greeting,
        script_farewell, script_needs — скрипты приветствия, прощания и выявления потребности (§21, §23).""")
public enum ArticleKind {
    @JsonProperty("regulatory_acts") REGULATORY_ACTS,
    @JsonProperty("job_description") JOB_DESCRIPTION,
    @JsonProperty("faq") FAQ,
    @JsonProperty("answer_template") ANSWER_TEMPLATE,
    @JsonProperty("solution_example") SOLUTION_EXAMPLE,
    @JsonProperty("external_contacts") EXTERNAL_CONTACTS,
    @JsonProperty("other") OTHER,
    @JsonProperty("script_greeting") SCRIPT_GREETING,
    @JsonProperty("script_farewell") SCRIPT_FAREWELL,
    @JsonProperty("script_needs") SCRIPT_NEEDS;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ArticleKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
