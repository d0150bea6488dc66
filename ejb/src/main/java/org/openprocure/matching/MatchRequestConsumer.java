package org.openprocure.matching;

import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Runs one match per message. A failure rolls the transaction back, so the broker redelivers the
 * message and, after the redelivery limit set in {@code wildfly-config/messaging.cli}, moves it
 * to the dead-letter queue. A run replaces the previous result, so redelivery never doubles it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/openprocure/MatchRequests"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@PermitAll
public class MatchRequestConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MatchRequestConsumer.class.getName());

    @Inject
    private MatchingService matching;

    @Override
    public void onMessage(Message message) {
        long invoiceId = invoiceId(message);
        matching.match(invoiceId);
    }

    private static long invoiceId(Message message) {
        try {
            if (!message.propertyExists(MatchRequestPublisher.INVOICE_ID)) {
                LOG.warning(() -> "Match request without " + MatchRequestPublisher.INVOICE_ID + " property; it will go to the dead-letter queue");
                throw new IllegalArgumentException("Match request without an invoice id");
            }
            return message.getLongProperty(MatchRequestPublisher.INVOICE_ID);
        } catch (JMSException e) {
            throw new IllegalArgumentException("Match request whose invoice id cannot be read", e);
        }
    }
}
