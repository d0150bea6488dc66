package org.openprocure.punchout;

import org.openprocure.shared.BusinessException;

/** A supplier's shop that did not open a punch-out session: unreachable, an HTTP error, a cXML error status or no start page. */
public class SupplierPunchOutException extends BusinessException {

    public SupplierPunchOutException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
