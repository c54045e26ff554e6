package ru.otklik.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** ОГРН (13 digits) or ОГРНИП (15 digits) with a valid control digit. Empty is allowed. */
@Constraint(validatedBy = Ogrn.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Ogrn {

    /** Used when the length is right but the control digits are wrong; a wrong length says so itself. */
    String message() default "ОГРН не прошёл проверку контрольной цифры: проверьте, не перепутана ли цифра";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Ogrn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || !(value.length() == 13 || value.length() == 15)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("ОГРН — 13 цифр у организации или ОГРНИП — 15 цифр у предпринимателя").addConstraintViolation();
                return false;
            }
            return TaxIds.isValidOgrn(value);
        }
    }
}
