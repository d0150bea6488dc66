package org.openprocure.invoicing;

import java.math.BigDecimal;

/**
 * Whether a document bills or credits. A credit note is a UBL CreditNote, whose quantities are
 * credited as written, or an invoice whose every line has a negative quantity, whose quantities
 * are credited with their sign turned. A credit takes its quantity back from the order line.
 */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE,
    NEGATIVE_INVOICE;

    public boolean isCredit() {
        return this != INVOICE;
    }

    /** Returns the quantity a line of this kind credits: zero on an invoice; below zero when a credit note line adds instead. */
    public BigDecimal creditedQuantity(BigDecimal quantity) {
        if (quantity == null || this == INVOICE) {
            return BigDecimal.ZERO;
        }
        return this == CREDIT_NOTE ? quantity : quantity.negate();
    }
}
