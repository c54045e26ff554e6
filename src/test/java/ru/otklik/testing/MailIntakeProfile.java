package ru.otklik.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Email intake against a real IMAP mailbox; tests run the poller themselves. */
public class MailIntakeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("otklik.mail-intake.poll", "off");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MailboxResource.class));
    }
}
