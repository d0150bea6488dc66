package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as the ERP reports it.
 *
 * @param amount    the amount paid, in the invoice currency, with at most 2 decimals
 * @param reference the ERP's payment number; the same reference posted again changes nothing
 */
public record PaymentDraft(BigDecimal amount, LocalDate paidOn, String reference) {
}
