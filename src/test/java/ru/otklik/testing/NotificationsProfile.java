package ru.otklik.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Notifications against real servers: SMTP and SMPP on free ports, the dispatcher polling, and
 * retries fast enough that a test sees a notification give up within a second.
 */
public class NotificationsProfile implements QuarkusTestProfile {

    public static final String PORTAL = "https://portal.otklik.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "otklik.outbox.poll", "1s",
                "otklik.outbox.backoff-base", "20ms",
                "otklik.outbox.backoff-max", "100ms",
                "otklik.outbox.max-attempts", "3",
                "otklik.outbox.lease", "2m",
                "otklik.portal.base-url", PORTAL);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MessagingServersResource.class));
    }
}
