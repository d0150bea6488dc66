package org.openprocure.matching;

/** The reason a line or an invoice did not match. */
public enum DiscrepancyReason {
    /** The invoice names an order number that does not exist. */
    UNKNOWN_PURCHASE_ORDER,
    /** The line names no order line, or one the order does not have. */
    UNKNOWN_ORDER_LINE,
    /** The invoice has no line at all. */
    NO_LINES,
    /** The line lacks its quantity or net price. */
    MISSING_QUANTITY_OR_PRICE,
    /** The invoice currency differs from the order currency; amounts are never converted. */
    CURRENCY_MISMATCH,
    /** The invoiced unit differs from the ordered one and no conversion factor is known. */
    UNIT_MISMATCH,
    /** More is invoiced than was accepted at goods receipt and not yet invoiced. */
    QUANTITY_OVER_RECEIPT,
    /** The unit price is above the order price by more than the tolerance. */
    PRICE_ABOVE_ORDER
}
