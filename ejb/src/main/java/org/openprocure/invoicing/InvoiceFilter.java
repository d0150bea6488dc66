package org.openprocure.invoicing;

import java.time.LocalDate;

/**
 * The criteria of the accounts-payable invoice list; a null criterion does not filter.
 *
 * @param supplier     part of the registered supplier's name or code, in any case
 * @param number       the start of the invoice number, as the supplier wrote it
 * @param receivedFrom first day of reception, inclusive, in the server's time zone
 * @param receivedTo   last day of reception, inclusive, in the server's time zone
 */
public record InvoiceFilter(InvoiceStatus status, String supplier, String number, LocalDate receivedFrom, LocalDate receivedTo) {

    /** The filter that keeps every invoice. */
    public static final InvoiceFilter NONE = new InvoiceFilter(null, null, null, null, null);
}
