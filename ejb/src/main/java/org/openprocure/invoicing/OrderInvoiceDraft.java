package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice that a supplier user writes on the portal from one of their orders.
 *
 * @param number    the supplier's invoice number (BT-1)
 * @param issueDate the invoice date (BT-2)
 * @param lines     the quantity and unit price of each order line invoiced; a line with quantity 0 is left out
 */
public record OrderInvoiceDraft(String number, LocalDate issueDate, List<Line> lines) {

    /** The quantity and the unit price, for the order line's price basis quantity, invoiced on one order line. */
    public record Line(String orderLineNumber, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
