package ru.otklik.notifications;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the feature's enums by their lower-case wire codes, as the check constraints expect. */
final class Codes {

    private Codes() {
    }

    @Converter
    static class KindConverter implements AttributeConverter<NotificationKind, String> {
        public String convertToDatabaseColumn(NotificationKind v) {
            return v == null ? null : v.code();
        }

        public NotificationKind convertToEntityAttribute(String s) {
            return s == null ? null : NotificationKind.fromCode(s);
        }
    }

    @Converter
    static class ChannelConverter implements AttributeConverter<DeliveryChannel, String> {
        public String convertToDatabaseColumn(DeliveryChannel v) {
            return v == null ? null : v.code();
        }

        public DeliveryChannel convertToEntityAttribute(String s) {
            return DeliveryChannel.fromCode(s);
        }
    }

    @Converter
    static class RouteConverter implements AttributeConverter<RouteRole, String> {
        public String convertToDatabaseColumn(RouteRole v) {
            return v == null ? null : v.code();
        }

        public RouteRole convertToEntityAttribute(String s) {
            return s == null ? null : RouteRole.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Converter
    static class StatusConverter implements AttributeConverter<NotificationStatus, String> {
        public String convertToDatabaseColumn(NotificationStatus v) {
            return v == null ? null : v.code();
        }

        public NotificationStatus convertToEntityAttribute(String s) {
            return s == null ? null : NotificationStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
