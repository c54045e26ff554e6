package ru.otklik.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * §2: a legal entity is known by its INN and OGRN (an entrepreneur by a 12-digit INN and a
 * 15-digit OGRNIP, which must not be mixed with an organisation's numbers); an internal client
 * (§1) names their unit; a person carries neither.
 */
@Constraint(validatedBy = FieldsForClientType.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldsForClientType {

    String message() default "Поля не соответствуют типу клиента";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FieldsForClientType, ClientDetails> {

        @Override
        public boolean isValid(ClientDetails c, ConstraintValidatorContext ctx) {
            if (c == null || c.type() == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            boolean valid = true;
            switch (c.type()) {
                case LEGAL_ENTITY -> {
                    if (!present(c.inn())) {
                        valid = violation(ctx, "inn", "Укажите ИНН организации или предпринимателя");
                    }
                    if (!present(c.ogrn())) {
                        valid = violation(ctx, "ogrn", "Укажите ОГРН организации или ОГРНИП предпринимателя");
                    }
                    if (present(c.inn()) && present(c.ogrn()) && pairMismatch(c.inn().strip(), c.ogrn().strip())) {
                        valid = violation(ctx, "ogrn", "У организации ИНН из 10 цифр и ОГРН из 13, "
                                + "у предпринимателя ИНН из 12 цифр и ОГРНИП из 15");
                    }
                }
                case INTERNAL -> {
                    if (!present(c.unitName())) {
                        valid = violation(ctx, "unitName", "Укажите подразделение департамента, в котором работает сотрудник");
                    }
                }
                case PERSON -> {
                }
            }
            if (c.type() != ClientType.LEGAL_ENTITY) {
                if (present(c.inn())) {
                    valid = violation(ctx, "inn", "ИНН указывается только для организации или предпринимателя");
                }
                if (present(c.ogrn())) {
                    valid = violation(ctx, "ogrn", "ОГРН указывается только для организации или предпринимателя");
                }
            }
            if (c.type() != ClientType.INTERNAL && present(c.unitName())) {
                valid = violation(ctx, "unitName", "Подразделение указывается только для сотрудника департамента");
            }
            return valid;
        }

        /** Only lengths are compared here; each number's own check runs in @Inn and @Ogrn. */
        private static boolean pairMismatch(String inn, String ogrn) {
            return inn.length() == 10 && ogrn.length() == 15 || inn.length() == 12 && ogrn.length() == 13;
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }

        private static boolean violation(ConstraintValidatorContext ctx, String field, String message) {
            ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
