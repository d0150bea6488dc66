package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * The comparison of the document-level charges or allowances of one reason with what the order foresaw.
 *
 * @param reasonCode    the reason code as the invoice wrote it, else as the order did, or null when neither gave one
 * @param reason        the reason text as the invoice wrote it, else as the order did, or null
 * @param invoiceAmount the sum this invoice carries for the reason
 * @param orderAmount   the sum the order foresaw for the reason, zero when it foresaw none
 * @param earlierAmount the sum that invoices received earlier for the same order already carried for the reason
 * @param discrepancy   the reason of a discrepancy, or null
 */
public record ChargeMatch(boolean charge, String reasonCode, String reason, BigDecimal invoiceAmount, BigDecimal orderAmount,
                          BigDecimal earlierAmount, MatchOutcome outcome, DiscrepancyReason discrepancy) {
}
