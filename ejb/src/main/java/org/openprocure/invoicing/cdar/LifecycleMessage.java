package org.openprocure.invoicing.cdar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One lifecycle status of an invoice, as a CDAR message reports it.
 *
 * @param statusCode    the French lifecycle code, such as 205
 * @param statusAt      when the invoice reached the status
 * @param typeCode      the invoice's UNTDID 1001 type, 380 for an invoice and 381 for a credit note
 * @param receivedAt    when the invoice was received
 * @param sellerVatId   the seller's VAT identifier or null
 */
public record LifecycleMessage(String invoiceNumber, String typeCode, LocalDate invoiceDate, Instant receivedAt, String statusCode,
                               Instant statusAt, Instant createdAt, String buyerName, String sellerName, String sellerVatId) {
}
