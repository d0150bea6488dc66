package org.openprocure.matching;

import org.openprocure.shared.BusinessException;

/** A parked message that cannot go back to the match queue, because it names no invoice or came from another queue. */
public class DeadLetterNotReplayableException extends BusinessException {

    public DeadLetterNotReplayableException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
