package org.openprocure.matching;

import java.time.Instant;

/**
 * A match request parked on the dead-letter queue after its last failed delivery. It carries no
 * delivery count, because Artemis 2.44 starts JMSXDeliveryCount again at 0 on the copy it parks and
 * keeps no property with the count on the original queue. A request the broker parked failed the
 * number of deliveries set in {@code wildfly-config/messaging.cli}.
 *
 * @param messageId      the JMS message id, such as {@code ID:8a2c...}, which replay and discard take
 * @param invoiceId      the invoice to match, or null when the message carries no readable id
 * @param originalQueue  the queue the message failed on, from the broker's {@code _AMQ_ORIG_ADDRESS}
 * @param sentAt         when the request was first sent (JMSTimestamp)
 */
public record DeadLetter(String messageId, Long invoiceId, String originalQueue, Instant sentAt) {

    public boolean replayable() {
        return invoiceId != null;
    }
}
