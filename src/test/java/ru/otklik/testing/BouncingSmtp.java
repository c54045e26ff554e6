package ru.otklik.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An SMTP server that answers recipients the way real ones bounce: {@code gone.*} addresses get
 * 550 (the mailbox does not exist), {@code busy.*} addresses 451 (try later), the rest are
 * accepted. Runs as the app's mail server for {@link BouncingSmtpProfile}.
 */
public class BouncingSmtp implements QuarkusTestResourceLifecycleManager {

    /** Every RCPT the server was asked for, in order, as "address → code". */
    public static final List<String> RCPTS = new CopyOnWriteArrayList<>();

    private ServerSocket server;
    private Thread acceptor;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "bouncing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getLocalPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.timeout", "5s",
                // every attempt on a fresh connection, as a retry after backoff is in production: a pooled
                // connection left over from a refused recipient once hung a later attempt until the timeout
                "quarkus.mailer.keep-alive", "false",
                "quarkus.mailer.from", "otklik@dizo.example.org");
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> converse(socket), "bouncing-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bouncing.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    reply(out, "250-bouncing.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
                } else if (upper.startsWith("HELO") || upper.startsWith("MAIL FROM") || upper.startsWith("RSET")
                        || upper.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    String code = address.startsWith("gone.") ? "550 5.1.1 No such user here"
                            : address.startsWith("busy.") ? "451 4.3.0 Mailbox busy, try again later" : "250 OK";
                    RCPTS.add(address + " → " + code.substring(0, 3));
                    reply(out, code);
                } else if (upper.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself does not matter here
                    }
                    reply(out, "250 OK queued");
                } else if (upper.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client hung up
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
