package ru.otklik.testing;

import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The department's mailbox on a real IMAP server (GreenMail): tests deliver mail into it as the
 * department's mail provider would, and look at what the app flagged.
 */
public final class Mailbox {

    public static final String ADDRESS = "priemnaya@dizo.example.org";
    public static final String LOGIN = "priemnaya";
    public static final String PASSWORD = "s3cret-imap";

    private final int port;
    private GreenMail greenMail;
    private GreenMailUser user;

    Mailbox(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    synchronized void start() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        // the default two seconds are too short when a busy machine restarts the server mid-test
        setup.setServerStartupTimeout(30_000);
        greenMail = new GreenMail(setup);
        greenMail.start();
        user = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** A blank mail to fill in and {@link #deliver}. */
    public MimeMessage newMail() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    public void deliver(MimeMessage mail) throws MessagingException {
        mail.saveChanges();
        user.deliver(mail);
    }

    /** What the mailbox holds now, as stored on the server. */
    public List<StoredMessage> stored() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean seen(String messageId) {
        return stored().stream().filter(m -> messageId.equals(id(m))).findFirst()
                .map(m -> m.getFlags().contains(Flags.Flag.SEEN))
                .orElseThrow(() -> new IllegalStateException("no mail " + messageId));
    }

    public MimeMessage mail(String messageId) {
        return stored().stream().filter(m -> messageId.equals(id(m))).findFirst()
                .map(StoredMessage::getMimeMessage)
                .orElseThrow(() -> new IllegalStateException("no mail " + messageId));
    }

    private static String id(StoredMessage m) {
        try {
            return m.getMimeMessage().getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
