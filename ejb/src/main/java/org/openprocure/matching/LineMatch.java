package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * The match of one invoice line, with the figures that explain it.
 *
 * @param availableQuantity accepted quantity less what earlier invoices already claimed
 * @param invoiceUnitPrice  invoice net price for one unit
 * @param orderUnitPrice    order price for one unit
 */
public record LineMatch(String invoiceLineId, String orderLineNumber, MatchOutcome outcome, DiscrepancyReason reason,
                        BigDecimal invoicedQuantity, BigDecimal availableQuantity, String unitCode,
                        BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
}
