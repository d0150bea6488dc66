package org.openprocure.web.purchasing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openprocure.purchasing.PurchaseOrder;

/**
 * One order in the buyer's list; the issue date is the day in the server's time zone. It has bean
 * getters, not record accessors, because the table's sort and export read each column's field as an
 * EL property, and Jakarta EL 5 does not read record components.
 */
public class OrderListRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String supplierName;
    private final String currency;
    private final String status;
    private final LocalDate issuedOn;
    private final String issuedBy;

    OrderListRow(PurchaseOrder order) {
        id = order.getId();
        number = order.getNumber();
        supplierName = order.getSupplier().getName();
        currency = order.getCurrency();
        status = order.getStatus().name();
        issuedOn = LocalDate.ofInstant(order.getIssuedAt(), ZoneId.systemDefault());
        issuedBy = order.getIssuedBy();
    }

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getCurrency() {
        return currency;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
