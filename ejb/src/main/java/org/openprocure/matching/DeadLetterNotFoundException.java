package org.openprocure.matching;

import org.openprocure.shared.BusinessException;

/** No message with this id is on the dead-letter queue: it was replayed or discarded, or never parked. */
public class DeadLetterNotFoundException extends BusinessException {

    public DeadLetterNotFoundException(String messageId) {
        super("error.deadLetter.notFound", messageId);
    }
}
