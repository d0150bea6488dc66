package org.openprocure.invoicing;

import org.openprocure.shared.InvalidInputException;

/** A body that cannot be read as an invoice at all; nothing of it is stored. */
public class InvalidInvoiceDocumentException extends InvalidInputException {

    public InvalidInvoiceDocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
