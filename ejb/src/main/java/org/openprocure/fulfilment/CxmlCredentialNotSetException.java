package org.openprocure.fulfilment;

import org.openprocure.shared.BusinessException;

/** A supplier without a cXML credential, asked for one. */
public class CxmlCredentialNotSetException extends BusinessException {

    public CxmlCredentialNotSetException(long supplierId) {
        super("error.cxmlCredential.notSet", String.valueOf(supplierId));
    }
}
