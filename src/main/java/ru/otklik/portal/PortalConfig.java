package ru.otklik.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPA needs before anyone logs in: where and as whom to start the OIDC login. */
@Schema(name = "PortalConfig", description = "Настройки входа для веб-приложения")
public record PortalConfig(
        @Schema(description = "Адрес OIDC-провайдера (issuer)", examples = "http://localhost:8180/realms/otklik") String oidcAuthority,
        @Schema(description = "Идентификатор клиента SPA у провайдера", examples = "otklik-spa") String oidcClientId) {
}
