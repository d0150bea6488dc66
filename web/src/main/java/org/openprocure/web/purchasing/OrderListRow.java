package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openprocure.purchasing.PurchaseOrder;

/** One order in the buyer's list; the issue date is the day in the server's time zone. */
public record OrderListRow(long id, String number, long supplierId, String supplierName, String currency, String status, LocalDate issuedOn,
                           String issuedBy) implements Serializable {

    static OrderListRow of(PurchaseOrder order) {
        return new OrderListRow(order.getId(), order.getNumber(), order.getSupplier().getId(), order.getSupplier().getName(),
                order.getCurrency(), order.getStatus().name(), LocalDate.ofInstant(order.getIssuedAt(), ZoneId.systemDefault()),
                order.getIssuedBy());
    }
}
