package ru.otklik.testing;

import java.io.IOException;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre for tests: an SMPP server (jSMPP's server classes) on a free port that accepts
 * binds and records every submit_sm. Numbers starting with +7999000 are refused as invalid
 * destinations, the way a real centre refuses a number that does not exist.
 */
public final class Smsc {

    /** One submit_sm as it arrived. */
    public record Submitted(String destination, String source, byte esmClass, byte dataCoding, byte[] shortMessage) {
    }

    public static final String INVALID_PREFIX = "7999000";

    private final int port;
    private final List<Submitted> received = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private SMPPServerSessionListener listener;
    private ExecutorService threads;

    Smsc(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public List<Submitted> received() {
        return List.copyOf(received);
    }

    public List<Submitted> receivedBy(String e164) {
        String digits = e164.replace("+", "");
        return received.stream().filter(s -> s.destination().equals(digits)).toList();
    }

    public synchronized void start() {
        if (listener != null) {
            return;
        }
        try {
            listener = new SMPPServerSessionListener(port);
        } catch (IOException e) {
            throw new IllegalStateException("SMPP test server did not start", e);
        }
        threads = Executors.newCachedThreadPool();
        SMPPServerSessionListener l = listener;
        threads.submit(() -> acceptLoop(l));
    }

    public synchronized void stop() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing is best effort
        }
        sessions.forEach(Session::close);
        sessions.clear();
        threads.shutdownNow();
        listener = null;
    }

    private void acceptLoop(SMPPServerSessionListener l) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                SMPPServerSession session = l.accept();
                session.setMessageReceiverListener(new Receiver());
                sessions.add(session);
                threads.submit(() -> bind(session));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            request.accept("smsc");
        } catch (Exception e) {
            session.close();
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source) throws ProcessRequestException {
            if (sm.getDestAddress().startsWith(INVALID_PREFIX)) {
                throw new ProcessRequestException("no such subscriber", SMPPConstant.STAT_ESME_RINVDSTADR);
            }
            received.add(new Submitted(sm.getDestAddress(), sm.getSourceAddr(), sm.getEsmClass(), sm.getDataCoding(),
                    sm.getShortMessage()));
            try {
                return new SubmitSmResult(new MessageId(Long.toHexString(ids.incrementAndGet())), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm sm, SMPPServerSession s) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm sm, SMPPServerSession s)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm sm, Session s) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported by the test SMS centre", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
