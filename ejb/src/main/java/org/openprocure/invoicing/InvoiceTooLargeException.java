package org.openprocure.invoicing;

/** A body, or a file embedded in it, above the size limit; it is rejected before it is read. The API returns 413. */
public class InvoiceTooLargeException extends InvalidInvoiceDocumentException {

    public InvoiceTooLargeException(long size, long maxBytes) {
        super("error.invoice.tooLarge", size < 0 ? "?" : String.valueOf(size), String.valueOf(maxBytes));
    }
}
