package org.openprocure.discussion;

import org.openprocure.shared.BusinessException;

/** A resolve request for a message that is a plain note, or a flag that someone already resolved. */
public class FlagNotOpenException extends BusinessException {

    public FlagNotOpenException(long messageId, boolean alreadyResolved) {
        super(alreadyResolved ? "error.thread.flagResolved" : "error.thread.notAFlag", String.valueOf(messageId));
    }
}
