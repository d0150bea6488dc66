package org.openprocure.invoicing;

/** CDI event: an invoice reached another French lifecycle status, for delivery to the supplier and the ERP. */
public record InvoiceLifecycleChanged(long invoiceId, LifecycleStatus status) {
}
