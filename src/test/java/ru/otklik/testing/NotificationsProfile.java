package ru.otklik.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Notifications against real servers: SMTP and SMPP on free ports, and retries fast enough that
 * a test sees a notification give up within a second. The scheduled poll is off: tests run the
 * dispatcher themselves, as one or several instances. {@link Live} turns the poll on.
 */
public class NotificationsProfile implements QuarkusTestProfile {

    public static final String PORTAL = "https://portal.otklik.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "otklik.outbox.poll", poll(),
                "otklik.outbox.backoff-base", "20ms",
                "otklik.outbox.backoff-max", "100ms",
                "otklik.outbox.max-attempts", "3",
                "otklik.outbox.lease", "2m",
                "otklik.portal.base-url", PORTAL);
    }

    protected String poll() {
        return "off";
    }

    /** The app as it runs in production: the dispatcher polls every second on its own. */
    public static class Live extends NotificationsProfile {
        @Override
        protected String poll() {
            return "1s";
        }
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MessagingServersResource.class));
    }
}
