package org.openprocure.invoicing;

import java.time.Instant;

import org.openprocure.shared.BusinessException;

/** The original file's bytes were deleted at the end of the retention period; its hash and metadata remain. */
public class OriginalDeletedException extends BusinessException {

    public OriginalDeletedException(long invoiceId, Instant deletedAt) {
        super("error.retention.deleted", String.valueOf(invoiceId), String.valueOf(deletedAt));
    }
}
