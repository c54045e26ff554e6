package ru.otklik.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which tier of public authority a referral points to (§29). */
@Schema(name = "ReferralLevel", description = "federal — федеральный орган, regional — областной, municipal — местное самоуправление, other — иная организация")
public enum ReferralLevel {
    @JsonProperty("federal") FEDERAL,
    @JsonProperty("regional") REGIONAL,
    @JsonProperty("municipal") MUNICIPAL,
    @JsonProperty("other") OTHER;

    public String code() {
        return name().toLowerCase();
    }
}
