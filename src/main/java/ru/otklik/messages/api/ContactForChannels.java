package ru.otklik.messages.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import ru.otklik.messages.Channel;
import ru.otklik.security.Roles;

/**
 * §3: the client chooses the channel for further communication and may name an additional one;
 * a channel is only accepted together with the contact it needs, so no answer is undeliverable.
 */
@Constraint(validatedBy = ContactForChannels.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContactForChannels {

    String message() default "Для выбранного канала не хватает контакта";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ContactForChannels, ContactDetails> {

        @Inject
        SecurityIdentity identity;

        @Override
        public boolean isValid(ContactDetails m, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (m.preferredChannel() != null) {
                valid &= hasContact(m, m.preferredChannel(), "preferredChannel", context);
            }
            if (m.additionalChannel() != null) {
                if (m.additionalChannel() == m.preferredChannel()) {
                    violation(context, "additionalChannel", "Дополнительный канал должен отличаться от основного");
                    valid = false;
                } else {
                    valid &= hasContact(m, m.additionalChannel(), "additionalChannel", context);
                }
            }
            return valid;
        }

        private boolean hasContact(ContactDetails m, Channel channel, String field, ConstraintValidatorContext ctx) {
            return switch (channel) {
                case EMAIL -> present(m.email())
                        || violation(ctx, "email", "Укажите адрес электронной почты: вы выбрали ответ по почте");
                case SMS, PHONE -> present(m.phone())
                        || violation(ctx, "phone", "Укажите телефон: вы выбрали ответ по SMS или телефону");
                case POST -> present(m.postalAddress())
                        || violation(ctx, "postalAddress", "Укажите почтовый адрес: вы выбрали бумажный ответ");
                case PORTAL -> identity.hasRole(Roles.CLIENT)
                        || violation(ctx, field, "Ответ в личный кабинет возможен только после входа на портал");
            };
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
