package ru.otklik.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port, as a citizen's mail provider would be. It can be
 * stopped and started again on the same port, to show what the app does while mail is down.
 */
public final class SmtpServer {

    private final int port;
    private GreenMail greenMail;

    SmtpServer(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // the default two seconds are too short when a busy machine restarts the server mid-test
            setup.setServerStartupTimeout(30_000);
            greenMail = new GreenMail(setup);
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Everything this server accepted that was addressed to {@code address}. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
