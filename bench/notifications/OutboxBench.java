import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The two halves of the outbox throughput benchmark, run as a single-file program:
 *
 *   OutboxBench mail <port> <expected> <timeout-seconds>
 *       an SMTP server (GreenMail) that waits for <expected> mails and says how long they took
 *   OutboxBench wait <jdbc-url> <user> <password> <count> <timeout-seconds>
 *       waits until <count> notifications are sent, for runs whose mailer does not reach a server
 *   OutboxBench rate <jdbc-url> <user> <password>
 *       notifications per second, from the moments the SMTP server accepted them (sent_at)
 *   OutboxBench fill <jdbc-url> <user> <password> <count>
 *       turns the one pending notification in the database into <count> pending ones, each with
 *       its own id, address and Message-ID, as if <count> messages had just been registered
 */
public final class OutboxBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mail" -> mail(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "fill" -> fill(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "rate" -> rate(args[1], args[2], args[3]);
            case "wait" -> waitSent(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("mail or fill");
        }
    }

    private static void mail(int port, int expected, int timeoutSeconds) throws InterruptedException {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.out.println("SMTP server listening on " + port);
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long first = 0;
        int count = 0;
        while (count < expected && System.nanoTime() < deadline) {
            count = server.getReceivedMessages().length;
            if (count > 0 && first == 0) {
                first = System.nanoTime();
            }
            // listing the mailboxes costs the server CPU it would otherwise spend receiving
            Thread.sleep(250);
        }
        long last = System.nanoTime();
        server.stop();
        if (count < expected) {
            System.out.printf("TIMEOUT: %d of %d mails arrived%n", count, expected);
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "%d mails arrived within %.1f s of the first one%n", count, (last - first) / 1e9);
    }

    private static void waitSent(String url, String user, String password, int count, int timeoutSeconds)
            throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                ResultSet r = s.executeQuery("select count(*) from notification where status = 'sent'");
                r.next();
                if (r.getInt(1) >= count) {
                    return;
                }
                Thread.sleep(250);
            }
        }
        System.out.println("TIMEOUT waiting for " + count + " sent notifications");
        System.exit(1);
    }

    private static void rate(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("""
                    select count(*), extract(epoch from max(sent_at) - min(sent_at)),
                           count(*) filter (where status <> 'sent'), max(attempts)
                    from notification""");
            r.next();
            long sent = r.getLong(1);
            double seconds = r.getDouble(2);
            System.out.printf(Locale.ROOT, "%d notifications sent in %.2f s (first to last SMTP acceptance): "
                    + "%.0f notifications/second; not sent: %d; most attempts: %d%n",
                    sent, seconds, (sent - 1) / seconds, r.getLong(3), r.getInt(4));
            ResultSet failures = s.executeQuery("""
                    select outcome, left(detail, 160), count(*) from notification_attempt
                    where outcome <> 'sent' group by 1, 2 order by 3 desc""");
            while (failures.next()) {
                System.out.printf("  %s ×%d: %s%n", failures.getString(1), failures.getLong(3), failures.getString(2));
            }
        }
    }

    private static void fill(String url, String user, String password, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            ResultSet seed = s.executeQuery("select count(*) from notification where status = 'pending'");
            seed.next();
            if (seed.getInt(1) != 1) {
                throw new IllegalStateException("expected exactly one pending seed notification, found " + seed.getInt(1));
            }
            int copies = s.executeUpdate("""
                    insert into notification (id, group_id, kind, channel, route, idempotency_key, message_ref,
                        client_subject, recipient_name, recipient, contact_email, contact_phone, contact_address,
                        call_windows, template_version, template_values, subject, body_text, body_html,
                        feedback_token, email_message_id, status, attempts, max_attempts, next_attempt_at,
                        created_at, version)
                    select x.id, gen_random_uuid(), n.kind, n.channel, n.route, 'bench:' || x.id, n.message_ref,
                        n.client_subject, n.recipient_name, 'bench' || x.g || '@example.org',
                        'bench' || x.g || '@example.org', n.contact_phone, n.contact_address,
                        n.call_windows, n.template_version, n.template_values, n.subject, n.body_text, n.body_html,
                        n.feedback_token, '<' || x.id || '@otklik>', 'pending', 0, n.max_attempts, now(),
                        now(), 0
                    from notification n, (select gen_random_uuid() as id, g from generate_series(1, %d) g) x
                    where n.status = 'pending'""".formatted(count - 1));
            System.out.println("Outbox holds " + (copies + 1) + " pending notifications");
        }
    }
}
