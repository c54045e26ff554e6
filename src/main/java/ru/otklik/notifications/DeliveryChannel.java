package ru.otklik.notifications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The channels a notice can travel by (§3). Features that keep their own channel vocabulary map
 * onto this one by {@link #code()}.
 */
public enum DeliveryChannel {
    @JsonProperty("email") EMAIL,
    @JsonProperty("sms") SMS,
    @JsonProperty("portal") PORTAL,
    @JsonProperty("post") POST,
    @JsonProperty("phone") PHONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns null for null, so an absent optional channel stays absent. */
    public static DeliveryChannel fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
