package org.openprocure.invoicing;

/** The invoice a post stored, or the one stored before when the same document was posted again. */
public record ReceivedInvoice(SupplierInvoice invoice, boolean alreadyReceived) {
}
