package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.util.List;

import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierDraft;

/** Builds purchase orders in memory for unit tests of other packages, without a database. */
public final class TestOrders {

    private TestOrders() {
    }

    /** Returns an order in EUR with one line "1" of the quantity in C62, at the price for the basis quantity. */
    public static PurchaseOrder order(String number, String quantity, String unitPrice, String priceBasis) {
        Supplier supplier = new Supplier(new SupplierDraft("SUP-1", "Supplier", "FR23412345678", "FR", null, null));
        OrderLineDraft line = new OrderLineDraft("1", "P-1", "Paper", new BigDecimal(quantity), "C62", new BigDecimal(unitPrice),
                new BigDecimal(priceBasis), new BigDecimal("20"), null, null, null, null, null);
        return new PurchaseOrder(number, supplier, "EUR", null, "bruno", List.of(line));
    }
}
