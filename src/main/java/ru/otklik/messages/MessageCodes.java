package ru.otklik.messages;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the message enums by their lower-case API codes, as the check constraints expect. */
final class MessageCodes {

    private MessageCodes() {
    }

    @Converter
    static class KindConverter implements AttributeConverter<MessageKind, String> {
        @Override
        public String convertToDatabaseColumn(MessageKind kind) {
            return kind == null ? null : kind.code();
        }

        @Override
        public MessageKind convertToEntityAttribute(String code) {
            return code == null ? null : MessageKind.fromCode(code);
        }
    }

    @Converter
    static class IntakeChannelConverter implements AttributeConverter<IntakeChannel, String> {
        @Override
        public String convertToDatabaseColumn(IntakeChannel channel) {
            return channel == null ? null : channel.code();
        }

        @Override
        public IntakeChannel convertToEntityAttribute(String code) {
            return code == null ? null : IntakeChannel.fromCode(code);
        }
    }
}
