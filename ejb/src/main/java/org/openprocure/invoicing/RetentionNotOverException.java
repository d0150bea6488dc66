package org.openprocure.invoicing;

import java.time.LocalDate;

import org.openprocure.shared.BusinessException;

/** A deletion of an original file before its legal retention period ended. */
public class RetentionNotOverException extends BusinessException {

    public RetentionNotOverException(long invoiceId, LocalDate retentionEnd) {
        super("error.retention.notOver", String.valueOf(invoiceId), retentionEnd.toString());
    }
}
