package org.openprocure.aftersales;

import java.math.BigDecimal;

/**
 * The values a buyer, receiver or accounts payable clerk gives to post a return: the goods receipt
 * and order line the goods came in on, optionally the invoice that billed them, and the claim.
 * {@link ReturnClaim} checks each of them.
 */
public record ReturnDraft(Long goodsReceiptId, String lineNumber, Long invoiceId, ReturnReason reason, BigDecimal quantity,
                          ReturnRemedy remedy, String comment) {
}
