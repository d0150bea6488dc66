package org.openprocure.punchout;

import org.openprocure.shared.BusinessException;

/** A punch-out session that expired or already took another cart; its return URL cannot be used again. */
public class PunchOutSessionClosedException extends BusinessException {

    public PunchOutSessionClosedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
