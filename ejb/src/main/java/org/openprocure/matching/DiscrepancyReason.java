package org.openprocure.matching;

/** The reason a line or an invoice did not match. */
public enum DiscrepancyReason {
    /** The invoice names an order number that does not exist. */
    UNKNOWN_PURCHASE_ORDER,
    /** The seller's VAT identifier is not that of the supplier the order is addressed to. */
    SUPPLIER_MISMATCH,
    /** The line names no order line, or one the order does not have. */
    UNKNOWN_ORDER_LINE,
    /** The invoice has no line at all. */
    NO_LINES,
    /** The line lacks its quantity, unit code or net price. */
    MISSING_QUANTITY_OR_PRICE,
    /** The net price is negative, which EN 16931 rule BR-27 forbids. */
    NEGATIVE_PRICE,
    /** The price base quantity is zero or negative (Peppol rule PEPPOL-EN16931-R121 requires it positive). */
    INVALID_BASE_QUANTITY,
    /** The quantity is negative: a return or credit, which is not matched yet. */
    NEGATIVE_QUANTITY,
    /** More is invoiced than was ordered (or confirmed) and not yet invoiced. */
    QUANTITY_OVER_ORDER,
    /** The invoice currency differs from the order currency; amounts are never converted. */
    CURRENCY_MISMATCH,
    /** The invoiced unit differs from the ordered one and no conversion factor is known. */
    UNIT_MISMATCH,
    /** More is invoiced than was accepted at goods receipt and not yet invoiced. */
    QUANTITY_OVER_RECEIPT,
    /** The unit price is above the order price by more than the tolerance. */
    PRICE_ABOVE_ORDER,
    /**
     * The line net amount (BT-131) is above the order's value of the invoiced quantity by more than
     * the tolerance, for example because of a line charge the order did not foresee.
     */
    LINE_AMOUNT_ABOVE_ORDER,
    /** A document-level charge (BG-21) whose reason the order did not foresee, beyond the tolerance. */
    CHARGE_NOT_ON_ORDER,
    /** A document-level charge above what the order foresaw for its reason and earlier invoices left, beyond the tolerance. */
    CHARGE_ABOVE_ORDER,
    /** A document-level allowance (BG-20) that the order foresaw is missing or smaller, beyond the tolerance. */
    ALLOWANCE_BELOW_ORDER,
    /** A credit note takes back more than invoices billed on the order line and other credit notes left. */
    CREDIT_OVER_INVOICED,
    /** A credit note line credits a negative quantity, which would add to the order line instead. */
    NEGATIVE_CREDIT
}
