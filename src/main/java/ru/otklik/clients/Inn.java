package ru.otklik.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** ИНН: 10 digits for an organisation, 12 for an individual or entrepreneur, with valid control digits. Empty is allowed. */
@Constraint(validatedBy = Inn.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Inn {

    /** Used when the length is right but the control digits are wrong; a wrong length says so itself. */
    String message() default "ИНН не прошёл проверку контрольных цифр: проверьте, не перепутана ли цифра";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || !(value.length() == 10 || value.length() == 12)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("ИНН — 10 цифр у организации или 12 цифр у предпринимателя").addConstraintViolation();
                return false;
            }
            return TaxIds.isValidInn(value);
        }
    }
}
