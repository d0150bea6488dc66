package org.openprocure.purchasing;

import java.math.BigDecimal;

/**
 * A document-level charge or allowance that an order foresees, before it belongs to the order;
 * checked when the order records it. It needs a reason code or a reason text, which invoices are
 * paired by.
 *
 * @param charge     true for a charge such as freight, false for an allowance such as a discount
 * @param reasonCode UNCL7161 code of a charge (FC freight, ABL packaging…) or UNCL5189 code of an allowance (95 discount…), or null
 * @param reason     the reason as text, or null
 * @param amount     the amount without VAT, in the order currency
 */
public record OrderChargeDraft(Boolean charge, String reasonCode, String reason, BigDecimal amount) {
}
