package org.openprocure.punchout;

import org.openprocure.shared.BusinessException;

/** A return URL whose token matches no punch-out session. */
public class PunchOutSessionNotFoundException extends BusinessException {

    public PunchOutSessionNotFoundException(String token) {
        super("error.punchOut.tokenNotFound", token);
    }
}
