package org.openprocure.punchout;

import org.openprocure.shared.BusinessException;

/** A supplier without punch-out settings. */
public class PunchOutNotConfiguredException extends BusinessException {

    public PunchOutNotConfiguredException(String supplierName) {
        super("error.punchOut.notConfigured", supplierName);
    }
}
