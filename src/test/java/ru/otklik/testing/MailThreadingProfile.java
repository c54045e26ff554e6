package ru.otklik.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Mail both ways against real servers: the department mailbox over IMAP and outgoing mail over
 * SMTP. Tests read the mailbox and run the outbox themselves.
 */
public class MailThreadingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("otklik.mail-intake.poll", "off", "otklik.outbox.poll", "off");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MailboxResource.class), new TestResourceEntry(MessagingServersResource.class));
    }
}
