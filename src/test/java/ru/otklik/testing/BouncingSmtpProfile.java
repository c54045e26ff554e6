package ru.otklik.testing;

import java.util.List;

/** Notifications whose mail server bounces some recipients for good and others for now. */
public class BouncingSmtpProfile extends NotificationsProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BouncingSmtp.class));
    }
}
