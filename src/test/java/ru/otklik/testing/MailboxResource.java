package ru.otklik.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the department mailbox (IMAP) on a free port and points mail intake at it. */
public class MailboxResource implements QuarkusTestResourceLifecycleManager {

    private Mailbox mailbox;

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mailbox = new Mailbox(port);
        mailbox.start();
        return Map.of(
                "otklik.mail-intake.host", "127.0.0.1",
                "otklik.mail-intake.port", Integer.toString(port),
                "otklik.mail-intake.protocol", "imap",
                "otklik.mail-intake.username", Mailbox.LOGIN,
                "otklik.mail-intake.password", Mailbox.PASSWORD,
                "otklik.mail-intake.address", Mailbox.ADDRESS,
                "otklik.mail-intake.timeout", "5s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(mailbox, new TestInjector.MatchesType(Mailbox.class));
    }

    @Override
    public void stop() {
        if (mailbox != null) {
            mailbox.stop();
        }
    }
}
