package ru.otklik.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the servers the notification channels talk to — SMTP and an SMS centre — on free ports,
 * points the app at them, and hands them to tests as {@link SmtpServer} and {@link Smsc} fields.
 */
public class MessagingServersResource implements QuarkusTestResourceLifecycleManager {

    private SmtpServer smtp;
    private Smsc smsc;

    @Override
    public Map<String, String> start() {
        smtp = new SmtpServer(freePort());
        smtp.start();
        smsc = new Smsc(freePort());
        smsc.start();
        return Map.of(
                // a pooled connection to a server that was restarted hangs until this timeout
                "quarkus.mailer.timeout", "5s",
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtp.port()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "otklik@dizo.example.org",
                "otklik.sms.smpp.host", "127.0.0.1",
                "otklik.sms.smpp.port", Integer.toString(smsc.port()),
                "otklik.sms.smpp.timeout", "3s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.MatchesType(SmtpServer.class));
        injector.injectIntoFields(smsc, new TestInjector.MatchesType(Smsc.class));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        if (smsc != null) {
            smsc.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
