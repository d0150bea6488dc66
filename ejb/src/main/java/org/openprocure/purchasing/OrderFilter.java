package org.openprocure.purchasing;

import java.time.LocalDate;

/**
 * The criteria of an order list, each null to leave it out.
 *
 * @param status       the order status
 * @param numberPrefix the start of the order number, compared without regard to case
 * @param issuedFrom   the first issue day, inclusive, in the server's time zone
 * @param issuedTo     the last issue day, inclusive, in the server's time zone
 */
public record OrderFilter(PurchaseOrderStatus status, String numberPrefix, LocalDate issuedFrom, LocalDate issuedTo) {

    public static final OrderFilter NONE = new OrderFilter(null, null, null, null);
}
