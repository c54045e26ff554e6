package ru.otklik.notifications.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.SMPPConstant;
import ru.otklik.notifications.DeliveryChannel;

/**
 * SMS over SMPP: one bound transmitter session, opened on first use and reopened after a failure.
 * Numbers are E.164; the text goes as UCS-2, in concatenated parts when long.
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(SmsSender.class);

    private final SmppConfig config;
    private SMPPSession session;

    SmsSender(SmppConfig config) {
        this.config = config;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public synchronized SendResult send(Dispatch d) {
        // a stable reference per notification: a resend is the same set of parts to the handset
        SmsEncoding.Segments segments = SmsEncoding.encode(d.bodyText(), d.id().hashCode() & 0xFF);
        ESMClass esm = segments.concatenated()
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        List<String> ids = new ArrayList<>();
        try {
            SMPPSession s = session();
            for (byte[] payload : segments.payloads()) {
                ids.add(s.submitShortMessage("", sourceTon(), NumberingPlanIndicator.UNKNOWN, config.sourceAddress(),
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, d.recipient().replace("+", ""),
                        esm, (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                        (byte) 0, new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, payload).getMessageId());
            }
            return SendResult.sent(String.join(",", ids));
        } catch (NegativeResponseException e) {
            int status = e.getCommandStatus();
            if (status == SMPPConstant.STAT_ESME_RINVDSTADR || status == SMPPConstant.STAT_ESME_RINVSRCADR) {
                return SendResult.failed("SMS-центр отклонил номер (код SMPP 0x" + Integer.toHexString(status) + ")");
            }
            return SendResult.retry("SMS-центр временно отказал (код SMPP 0x" + Integer.toHexString(status) + ")"
                    + partial(ids, segments));
        } catch (Exception e) {
            close();
            return SendResult.retry("SMS-центр недоступен: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + partial(ids, segments));
        }
    }

    private static String partial(List<String> ids, SmsEncoding.Segments segments) {
        return ids.isEmpty() ? "" : "; принято частей до сбоя: " + ids.size() + " из " + segments.count();
    }

    private TypeOfNumber sourceTon() {
        return config.sourceAddress().matches("\\+?\\d+") ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC;
    }

    private SMPPSession session() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        close();
        SMPPSession s = new SMPPSession();
        s.setTransactionTimer(config.timeout().toMillis());
        s.connectAndBind(config.host(), config.port(), new BindParameter(BindType.BIND_TX, config.systemId(),
                config.password().orElse(""), config.systemType().orElse(null), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                null), config.timeout().toMillis());
        LOG.infof("SMPP session bound to %s:%d as %s", config.host(), config.port(), config.systemId());
        session = s;
        return s;
    }

    @PreDestroy
    synchronized void close() {
        if (session != null) {
            if (session.getSessionState() != SessionState.CLOSED) {
                session.unbindAndClose();
            }
            session = null;
        }
    }
}
