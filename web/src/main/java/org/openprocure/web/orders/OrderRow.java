package org.openprocure.web.orders;

import java.io.Serializable;
import java.time.Instant;

import org.openprocure.purchasing.PurchaseOrder;

/** A purchase order as one row of the orders table. */
public record OrderRow(long id, String number, String supplierName, String currency, String status, Instant issuedAt)
        implements Serializable {

    static OrderRow of(PurchaseOrder order) {
        return new OrderRow(order.getId(), order.getNumber(), order.getSupplier().getName(), order.getCurrency(),
                order.getStatus().name(), order.getIssuedAt());
    }
}
