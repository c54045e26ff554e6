package ru.otklik.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.otklik.calendar.Deadline;
import ru.otklik.calendar.DeadlineRule;
import ru.otklik.calendar.DeadlineService;
import ru.otklik.clients.PhoneNumbers;
import ru.otklik.messages.api.MessageReceipt;
import ru.otklik.notifications.Addressee;
import ru.otklik.notifications.ChannelChoice;
import ru.otklik.notifications.DeliveryChannel;
import ru.otklik.notifications.Notice;
import ru.otklik.notifications.NotificationKind;
import ru.otklik.notifications.NotificationService;
import ru.otklik.shared.problem.ProblemException;
import ru.otklik.shared.time.TimeConfig;

/**
 * Stores registrations: one or several in one transaction. What needs no database — the term,
 * the access code, the triage suggestion — is worked out beforehand by {@link #prepare}, on the
 * caller's thread; {@link #registerAll} only takes numbers and writes rows, so a group of
 * registrations costs one commit and a few batched statements instead of a set per message.
 */
@ApplicationScoped
class Registrar {

    private static final Logger LOG = Logger.getLogger(Registrar.class);

    private final MessageRepository messages;
    private final RegistrationNumbers numbers;
    private final SubmissionKeys keys;
    private final DeadlineService deadlines;
    private final NotificationService notifications;
    private final AttachmentRepository attachments;
    private final StatusPage statusPage;
    private final TriageService triage;
    private final Clock clock;

    Registrar(MessageRepository messages, RegistrationNumbers numbers, SubmissionKeys keys, DeadlineService deadlines,
            NotificationService notifications, AttachmentRepository attachments, StatusPage statusPage,
            TriageService triage, Clock clock) {
        this.messages = messages;
        this.numbers = numbers;
        this.keys = keys;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.attachments = attachments;
        this.statusPage = statusPage;
        this.triage = triage;
        this.clock = clock;
    }

    /**
     * A message ready to be stored: every field but its registration number, which is taken when
     * it is stored. {@code idempotencyKey} and {@code requestHash} are null for channels without keys.
     */
    record Prepared(Message message, String accessCode, List<CheckedFile> files, int refusedFiles,
            String idempotencyKey, String requestHash) {
    }

    /** What storing one registration gave: its receipt, or the problem that refused it alone. */
    record Outcome(MessageReceipt receipt, ProblemException problem) {
    }

    Prepared prepare(UUID id, Registration r, UUID clientId, List<CheckedFile> files,
            List<AttachmentChecks.Refusal> refused, String idempotencyKey, String requestHash) {
        Deadline due = deadlines.computeAtIntake(DeadlineRule.APPEAL_ANSWER, r.receivedAt());
        Message m = new Message();
        m.id = id;
        m.receivedAt = r.receivedAt();
        m.dueAt = due.due();
        m.dueRule = due.rule().name().toLowerCase();
        m.dueCalendarVersion = due.calendarVersion();
        m.dueProvisional = due.provisional();
        m.status = MessageStatus.REGISTERED;
        m.intakeChannel = r.channel();
        m.kind = r.kind();
        m.authorName = r.authorName().strip();
        m.email = blankToNull(r.email());
        m.phone = r.phone() == null ? null : PhoneNumbers.toE164(r.phone()).orElse(null);
        m.postalAddress = blankToNull(r.postalAddress());
        m.preferredChannel = r.preferredChannel();
        m.additionalChannel = r.additionalChannel() == r.preferredChannel() ? null : r.additionalChannel();
        m.text = r.text().strip() + refusedNote(refused);
        m.clientSubject = blankToNull(r.clientSubject());
        m.clientId = clientId;
        m.registeredBy = blankToNull(r.registeredBy());
        m.senderReference = blankToNull(r.senderReference());
        m.acknowledged = r.acknowledge();
        m.emailMessageId = cut(blankToNull(r.emailMessageId()), 998);
        String accessCode = statusPage.issueAccessCode(m);
        triage.suggest(m);
        return new Prepared(m, accessCode, files, refused.size(), idempotencyKey, requestHash);
    }

    /**
     * Stores the registrations in the caller's transaction, in order, one outcome each. A key
     * used before answers with the message registered the first time (an earlier item of the
     * same group included); a key reused for another request is that item's problem alone,
     * found before anything of it is written. Any other failure fails the whole call.
     * Rows are written kind by kind — all messages, then all notices, then all story events —
     * so the flush at commit sends each kind as one batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Outcome> registerAll(List<Prepared> group) {
        Outcome[] outcomes = new Outcome[group.size()];
        UUID[] earlier = new UUID[group.size()];
        List<Prepared> fresh = new ArrayList<>(group.size());
        // Numbers and keys first: a native statement after pending inserts would flush them one by one.
        // Keys in one order in every group, so two groups holding retries of the same keys never deadlock.
        Integer[] order = new Integer[group.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> group.get(i).idempotencyKey(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i : order) {
            Prepared p = group.get(i);
            Message m = p.message();
            int year = year(m.receivedAt);
            if (p.idempotencyKey() == null) {
                m.registrationNumber = numbers.next(year);
                fresh.add(p);
                continue;
            }
            try {
                SubmissionKeys.Claim claim = keys.claim(p.idempotencyKey(), p.requestHash(), m.id, m.receivedAt, year);
                if (claim.isNew()) {
                    m.registrationNumber = claim.registrationNumber();
                    fresh.add(p);
                } else {
                    earlier[i] = claim.earlierMessage();
                }
            } catch (ProblemException e) {
                outcomes[i] = new Outcome(null, e);
            }
        }
        Map<UUID, MessageReceipt> stored = new HashMap<>();
        for (Prepared p : fresh) {
            messages.persist(p.message());
            storeFiles(p.message().id, null, p.files());
        }
        for (Prepared p : fresh) {
            if (p.message().acknowledged) {
                acknowledge(p.message());
            }
        }
        for (Prepared p : fresh) {
            Message m = p.message();
            triage.onRegistered(m);
            stored.put(m.id, receipt(m, p.accessCode()));
            LOG.infof("Message %s registered from %s (%s, %d files%s), due %s%s", m.registrationNumber,
                    m.intakeChannel.code(), m.kind.code(), p.files().size(),
                    p.refusedFiles() == 0 ? "" : ", " + p.refusedFiles() + " refused", m.dueAt,
                    m.acknowledged ? "" : ", no primary response");
        }
        List<Integer> retriesOfEarlier = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (outcomes[i] != null) {
                continue;
            }
            if (earlier[i] == null) {
                outcomes[i] = new Outcome(stored.get(group.get(i).message().id), null);
            } else if (stored.containsKey(earlier[i])) {
                // the same submission twice in one group: both callers get the one answer
                outcomes[i] = new Outcome(stored.get(earlier[i]), null);
            } else {
                retriesOfEarlier.add(i);
            }
        }
        // Row locks in one order too: two groups re-issuing codes of the same messages never deadlock.
        retriesOfEarlier.sort(Comparator.comparing(i -> earlier[i]));
        for (int i : retriesOfEarlier) {
            // Only a hash of the first code is kept; a retry means the first answer was lost, so issue a new one.
            Message m = messages.findById(earlier[i]);
            outcomes[i] = new Outcome(receipt(m, statusPage.reissueAccessCode(m.id)), null);
        }
        return List.of(outcomes);
    }

    /** Files of a message ({@code correspondenceId} null) or of a later letter about it, numbered after those stored. */
    void storeFiles(UUID messageId, UUID correspondenceId, List<CheckedFile> files) {
        Instant now = clock.instant();
        int position = correspondenceId == null ? 0 : (int) attachments.count("messageId", messageId);
        for (CheckedFile f : files) {
            MessageAttachment a = new MessageAttachment();
            a.id = UUID.randomUUID();
            a.messageId = messageId;
            a.correspondenceId = correspondenceId;
            a.position = position++;
            a.fileName = f.fileName();
            a.mediaType = f.type().mediaType();
            a.sizeBytes = f.content().length;
            a.sha256 = f.sha256();
            a.content = f.content();
            a.createdAt = now;
            attachments.persist(a);
        }
    }

    /**
     * §10: the primary response — registered, registration data, the answer term, the rating
     * link — is queued in the registration transaction, so no registered message lacks one.
     */
    private void acknowledge(Message m) {
        notifications.enqueue(Notice.of(NotificationKind.PRIMARY_RESPONSE, "primary_response:" + m.id)
                .to(new Addressee(m.authorName, m.email, m.phone, m.postalAddress, m.clientSubject))
                .channels(new ChannelChoice(DeliveryChannel.fromCode(m.preferredChannel.code()),
                        m.additionalChannel == null ? null : DeliveryChannel.fromCode(m.additionalChannel.code())))
                .aboutMessage(m.id)
                .keyIsNew()
                .replyingTo(m.emailMessageId == null ? List.of() : List.of(m.emailMessageId))
                .value("registrationNumber", m.registrationNumber)
                .date("receivedDate", m.receivedAt)
                .date("dueDate", m.dueAt)
                .build());
    }

    static MessageReceipt receipt(Message m, String accessCode) {
        return new MessageReceipt(m.id, m.registrationNumber, MessageService.local(m.receivedAt),
                MessageService.local(m.dueAt), m.status, accessCode);
    }

    static String refusedNote(List<AttachmentChecks.Refusal> refused) {
        if (refused.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("\n\n[Не приняты вложения:");
        refused.forEach(r -> note.append("\n— ").append(r.reason()));
        return note.append("]").toString();
    }

    static int year(Instant instant) {
        return instant.atZone(TimeConfig.DEPARTMENT_ZONE).getYear();
    }

    static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
