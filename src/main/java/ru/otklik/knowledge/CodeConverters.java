package ru.otklik.knowledge;

import java.util.Arrays;

import jakarta.persistence.AttributeConverter;

/** Stores enums as the same lower-case codes the API uses, so SQL, seeds and JSON read alike. */
public final class CodeConverters {

    private CodeConverters() {
    }

    public abstract static class Lowercase<E extends Enum<E>> implements AttributeConverter<E, String> {

        private final Class<E> type;

        Lowercase(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.name().toLowerCase();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " code " + code));
        }
    }

    public static final class Kind extends Lowercase<ArticleKind> {
        public Kind() {
            super(ArticleKind.class);
        }
    }

    public static final class Status extends Lowercase<ArticleStatus> {
        public Status() {
            super(ArticleStatus.class);
        }
    }

    public static final class Outcome extends Lowercase<ReviewOutcome> {
        public Outcome() {
            super(ReviewOutcome.class);
        }
    }

    public static final class Level extends Lowercase<ReferralLevel> {
        public Level() {
            super(ReferralLevel.class);
        }
    }
}
