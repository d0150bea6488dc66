package org.openprocure.fulfilment;

import org.openprocure.shared.BusinessException;

/** A cXML request whose Sender credential matches no supplier: the same error for an unknown identity and a wrong secret. */
public class CxmlUnauthorizedException extends BusinessException {

    public CxmlUnauthorizedException() {
        super("error.cxml.unauthorized");
    }
}
