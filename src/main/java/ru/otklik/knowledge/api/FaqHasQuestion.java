package ru.otklik.knowledge.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import ru.otklik.knowledge.ArticleKind;

/**
 * §34 lists «часто задаваемые вопросы … с ответами»: a FAQ needs its question, and the question
 * field belongs to FAQs only; only a FAQ may be shown on the portal.
 */
@Constraint(validatedBy = FaqHasQuestion.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FaqHasQuestion {

    String message() default "Вопрос бывает только у частого вопроса";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FaqHasQuestion, ArticleRequest> {

        @Override
        public boolean isValid(ArticleRequest a, ConstraintValidatorContext ctx) {
            if (a.kind() == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            boolean faq = a.kind() == ArticleKind.FAQ;
            boolean hasQuestion = a.question() != null && !a.question().isBlank();
            boolean valid = true;
            if (faq && !hasQuestion) {
                valid = violation(ctx, "question", "Напишите вопрос: это частый вопрос с ответом");
            } else if (!faq && hasQuestion) {
                valid = violation(ctx, "question", "Вопрос бывает только у частого вопроса; выберите вид «faq» или уберите вопрос");
            }
            if (!faq && Boolean.TRUE.equals(a.isPublic())) {
                valid = violation(ctx, "public", "На портале показываются только частые вопросы") && valid;
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext ctx, String field, String message) {
            ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
