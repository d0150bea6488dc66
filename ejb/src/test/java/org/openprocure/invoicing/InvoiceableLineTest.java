package org.openprocure.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.TestOrders;

class InvoiceableLineTest {

    private final PurchaseOrder order = TestOrders.order("PO-1", "100", "4.20", "1");
    private final PurchaseOrderLine line = order.getLines().get(0);

    @Test
    void nothingShippedNothingToInvoice() {
        InvoiceableLine invoiceable = InvoiceableLine.of(line);

        assertEquals(0, invoiceable.quantityToInvoice().signum());
        assertEquals(0, new BigDecimal("4.20").compareTo(invoiceable.agreedUnitPrice()));
    }

    @Test
    void shippedQuantityBeforeReceipt() {
        order.ship(Map.of(line, new BigDecimal("60")));

        assertEquals(0, new BigDecimal("60").compareTo(InvoiceableLine.of(line).quantityToInvoice()));
    }

    @Test
    void acceptedQuantityAfterReceipt() {
        order.ship(Map.of(line, new BigDecimal("60")));
        order.receive(line, new BigDecimal("50"), new BigDecimal("45"), new BigDecimal("5"));

        assertEquals(0, new BigDecimal("45").compareTo(InvoiceableLine.of(line).quantityToInvoice()));
    }

    @Test
    void invoicedQuantityIsDeducted() {
        order.receive(line, new BigDecimal("50"), new BigDecimal("50"), BigDecimal.ZERO);
        line.countInvoiced(new BigDecimal("30"));

        assertEquals(0, new BigDecimal("20").compareTo(InvoiceableLine.of(line).quantityToInvoice()));
    }

    @Test
    void overInvoicedLineHasZeroToInvoice() {
        order.receive(line, new BigDecimal("10"), new BigDecimal("10"), BigDecimal.ZERO);
        line.countInvoiced(new BigDecimal("12"));

        assertEquals(0, InvoiceableLine.of(line).quantityToInvoice().signum());
    }

    @Test
    void differencesComparedByValue() {
        order.receive(line, new BigDecimal("10"), new BigDecimal("10"), BigDecimal.ZERO);
        InvoiceableLine invoiceable = InvoiceableLine.of(line);

        assertFalse(invoiceable.quantityDiffers(new BigDecimal("10.000")));
        assertTrue(invoiceable.quantityDiffers(new BigDecimal("9")));
        assertFalse(invoiceable.priceDiffers(new BigDecimal("4.2")));
        assertTrue(invoiceable.priceDiffers(new BigDecimal("4.25")));
        assertTrue(invoiceable.priceDiffers(null));
    }

    @Test
    void netAmountUsesPriceBasis() {
        InvoiceableLine perThousand = InvoiceableLine.of(TestOrders.order("PO-2", "2500", "12.00", "1000").getLines().get(0));

        assertEquals(new BigDecimal("30.00"), perThousand.netAmount(new BigDecimal("2500"), new BigDecimal("12.00")));
    }
}
