package org.openprocure.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

class LineConfirmationTest {

    @Test
    void otherPriceChangesTheLine() {
        PurchaseOrder order = TestOrders.order("PO-1", "10", "4.20", "1");

        order.confirmLines(List.of(new LineConfirmation("1", false, null, null, new BigDecimal("4.50"))), null);

        PurchaseOrderLine line = order.line("1");
        assertEquals(LineConfirmationStatus.CHANGED, line.getConfirmationStatus());
        assertEquals(0, new BigDecimal("4.50").compareTo(line.agreedUnitPrice()));
        assertEquals(0, new BigDecimal("4.20").compareTo(line.getUnitPrice()), "the ordered price stays as it was");
    }

    @Test
    void samePriceKeepsTheOrderedOne() {
        PurchaseOrder order = TestOrders.order("PO-2", "10", "4.20", "1");

        order.confirmLines(List.of(new LineConfirmation("1", false, null, null, new BigDecimal("4.2000"))), null);

        PurchaseOrderLine line = order.line("1");
        assertEquals(LineConfirmationStatus.ACCEPTED, line.getConfirmationStatus());
        assertNull(line.getConfirmedUnitPrice());
        assertEquals(0, new BigDecimal("4.20").compareTo(line.agreedUnitPrice()));
    }

    @Test
    void negativePriceIsRejected() {
        PurchaseOrder order = TestOrders.order("PO-3", "10", "4.20", "1");

        assertThrows(InvalidInputException.class,
                () -> order.confirmLines(List.of(new LineConfirmation("1", false, null, null, new BigDecimal("-1"))), null));
        assertEquals(LineConfirmationStatus.PENDING, order.line("1").getConfirmationStatus());
    }
}
