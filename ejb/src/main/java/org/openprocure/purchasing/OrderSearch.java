package org.openprocure.purchasing;

import java.time.LocalDate;

/**
 * The filters and the sort of the buyer's order list, each filter null or false to leave it out.
 * The number and the supplier name match when they contain the text, whatever its case. The issue
 * dates are inclusive days in the server's time zone. Late orders are those with an open line whose
 * confirmed delivery date, or requested one until confirmed, is before today.
 */
public record OrderSearch(PurchaseOrderStatus status, String supplierName, String number, LocalDate issuedFrom, LocalDate issuedTo,
                          boolean lateOnly, OrderSort sort, boolean ascending) {

    /** The columns the list sorts on. */
    public enum OrderSort {
        NUMBER,
        SUPPLIER,
        STATUS,
        ISSUED_AT
    }

    /** Every order, newest first. */
    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, false, OrderSort.ISSUED_AT, false);
    }
}
