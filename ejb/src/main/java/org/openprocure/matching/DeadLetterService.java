package org.openprocure.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/**
 * Lets an administrator list the match requests parked on the dead-letter queue, send them back to
 * the match queue once the cause is fixed, or discard those that can never succeed. Each move runs
 * in one transaction through the XA connection factory, so a message leaves the dead-letter queue
 * exactly when its copy on the match queue is committed.
 */
@Stateless
@PermitAll
public class DeadLetterService {

    /** Maximum number of messages one call to {@link #replayAll()} moves. The administrator calls again while more remain. */
    public static final int MAX_REPLAY_PER_CALL = 200;

    /** Maximum number of parked messages one call to {@link #replayAll()} reads, replayable or not. */
    static final int MAX_BROWSE = 10_000;

    /** Name of the property in which Artemis keeps the address a dead letter was first sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class.getName());

    /** JMS message ids as Artemis writes them, "ID:" and a UUID. The pattern also keeps quotes out of the selector. */
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9._:-]{1,100}");

    /** How long a receive by message id waits for the broker, in milliseconds, after a browse found the message. */
    private static final long RECEIVE_TIMEOUT_MILLIS = 5000;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext context;

    @Resource(lookup = "java:/jms/queue/openprocure/DeadLetters")
    private Queue deadLetters;

    @Resource(lookup = "java:/jms/queue/openprocure/MatchRequests")
    private Queue matchRequests;

    @Inject
    private MatchRequestPublisher publisher;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Returns one page of the parked messages, oldest first, without removing them. */
    @RolesAllowed("administrator")
    public List<DeadLetter> list(int first, int size) {
        return browse(first, size);
    }

    /**
     * Moves one parked message back to the match queue with the same invoice id. A message without
     * an invoice id, or from another queue, stays where it is.
     */
    @RolesAllowed("administrator")
    public DeadLetter replay(String messageId) {
        DeadLetter letter = find(messageId).orElseThrow(() -> new DeadLetterNotFoundException(messageId));
        requireReplayable(letter);

        remove(messageId);
        publisher.request(letter.invoiceId());
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, letter.invoiceId(), "DEAD_LETTER_REPLAYED", actor(), messageId);

        LOG.info(() -> "Dead letter " + messageId + " replayed: match requested again for invoice " + letter.invoiceId());
        return letter;
    }

    /**
     * Moves every replayable parked message back to the match queue, at most
     * {@value #MAX_REPLAY_PER_CALL} per call, and leaves the others where they are. Each message
     * moves in a transaction of its own, so one that another administrator moved first is skipped
     * without undoing the others.
     */
    @RolesAllowed("administrator")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeadLetterReplay replayAll() {
        DeadLetterService self = session.getBusinessObject(DeadLetterService.class);
        List<DeadLetter> replayed = new ArrayList<>();
        List<DeadLetter> skipped = new ArrayList<>();
        // NOTE: a queue holding more than MAX_BROWSE messages is replayed only from its first MAX_BROWSE.
        for (DeadLetter letter : self.list(0, MAX_BROWSE)) {
            if (replayed.size() == MAX_REPLAY_PER_CALL) {
                break;
            }
            if (!replayableFromMatchQueue(letter)) {
                skipped.add(letter);
                continue;
            }
            try {
                replayed.add(self.replayAlone(letter.messageId()));
            } catch (DeadLetterNotFoundException e) {
                LOG.info(() -> "Dead letter " + letter.messageId() + " left the queue before its replay; skipped");
            }
        }

        LOG.info(() -> "Dead letters replayed: " + replayed.size() + "; left on the dead-letter queue as not replayable: " + skipped.size());
        return new DeadLetterReplay(replayed, skipped);
    }

    /** Replays one message in a new transaction, for {@link #replayAll()}. */
    @RolesAllowed("administrator")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeadLetter replayAlone(String messageId) {
        return replay(messageId);
    }

    /** Removes one parked message for good, such as a request without an invoice id. */
    @RolesAllowed("administrator")
    public DeadLetter discard(String messageId) {
        DeadLetter letter = find(messageId).orElseThrow(() -> new DeadLetterNotFoundException(messageId));

        remove(messageId);
        if (letter.invoiceId() != null) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, letter.invoiceId(), "DEAD_LETTER_DISCARDED", actor(), messageId);
        }

        LOG.info(() -> "Dead letter " + messageId + " discarded; its invoice id was " + (letter.invoiceId() == null ? "missing" : letter.invoiceId()));
        return letter;
    }

    private List<DeadLetter> browse(int first, int size) {
        List<DeadLetter> page = new ArrayList<>();
        try (QueueBrowser browser = context.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            for (int position = 0; messages.hasMoreElements() && page.size() < size; position++) {
                Message message = (Message) messages.nextElement();
                if (position >= first) {
                    page.add(describe(message));
                }
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot browse the dead-letter queue", e.getErrorCode(), e);
        }
        return page;
    }

    /** Finds a parked message by browsing, which leaves it on the queue and its delivery count unchanged. */
    private Optional<DeadLetter> find(String messageId) {
        try (QueueBrowser browser = context.createBrowser(deadLetters, selector(messageId))) {
            Enumeration<?> messages = browser.getEnumeration();
            return messages.hasMoreElements() ? Optional.of(describe((Message) messages.nextElement())) : Optional.empty();
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot browse the dead-letter queue", e.getErrorCode(), e);
        }
    }

    /** Receives the message in the caller's transaction, so it leaves the queue only when that transaction commits. */
    private void remove(String messageId) {
        try (JMSConsumer consumer = context.createConsumer(deadLetters, selector(messageId))) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                throw new DeadLetterNotFoundException(messageId);
            }
            if (!messageId.equals(message.getJMSMessageID())) {
                throw new IllegalStateException("Selector for " + messageId + " returned message " + message.getJMSMessageID());
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read a message on the dead-letter queue", e.getErrorCode(), e);
        }
    }

    private void requireReplayable(DeadLetter letter) {
        if (!letter.replayable()) {
            throw new DeadLetterNotReplayableException("error.deadLetter.noInvoiceId", letter.messageId());
        }
        if (!fromMatchQueue(letter)) {
            throw new DeadLetterNotReplayableException("error.deadLetter.otherQueue", letter.messageId(), letter.originalQueue());
        }
    }

    private boolean replayableFromMatchQueue(DeadLetter letter) {
        return letter.replayable() && fromMatchQueue(letter);
    }

    /**
     * Tells whether the message failed on the match queue. On WildFly 39 the original address reads
     * "jms.queue.OpenProcureMatchRequests", with a prefix the queue name lacks. A message the broker
     * did not annotate is taken as a match request, the only kind this queue receives today.
     */
    private boolean fromMatchQueue(DeadLetter letter) {
        String original = letter.originalQueue();
        String matchQueue = queueName(matchRequests);
        return original == null || original.equals(matchQueue) || original.endsWith("." + matchQueue);
    }

    private static String selector(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new InvalidInputException("error.deadLetter.messageId", String.valueOf(messageId));
        }
        return "JMSMessageID = '" + messageId + "'";
    }

    private static DeadLetter describe(Message message) {
        try {
            return new DeadLetter(message.getJMSMessageID(), invoiceId(message), message.getStringProperty(ORIGINAL_ADDRESS),
                    Instant.ofEpochMilli(message.getJMSTimestamp()));
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read a message on the dead-letter queue", e.getErrorCode(), e);
        }
    }

    /** Returns the invoice id, or null when the property is missing or is not a whole number. */
    private static Long invoiceId(Message message) throws JMSException {
        if (!message.propertyExists(MatchRequestPublisher.INVOICE_ID)) {
            return null;
        }
        try {
            return message.getLongProperty(MatchRequestPublisher.INVOICE_ID);
        } catch (MessageFormatException e) {
            return null;
        }
    }

    private static String queueName(Queue queue) {
        try {
            return queue.getQueueName();
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot read the name of the match queue", e.getErrorCode(), e);
        }
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
