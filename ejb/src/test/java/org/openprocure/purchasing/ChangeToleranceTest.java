package org.openprocure.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Money;

/** When a buyer's change to an approved order needs a new approval: 5 % and 100 EUR, the stricter limit winning. */
class ChangeToleranceTest {

    private static final ChangeTolerance TOLERANCE = new ChangeTolerance(new BigDecimal("5"), eur("100"));

    @ParameterizedTest(name = "approved {0}, new total {1} → within tolerance {2}")
    @CsvSource({
            "1000.00, 1000.00, true",
            "1000.00, 1040.00, true",
            "1000.00, 1050.00, true",
            "1000.00, 1050.01, false",
            "1000.00, 1060.00, false",
            "1000.00, 1090.00, false",
            "1000.00, 900.00, true",
            "2000.00, 2100.00, true",
            "2000.00, 2100.01, false",
            "10000.00, 10100.00, true",
            "10000.00, 10100.01, false",
            "10000.00, 10400.00, false",
            "100.00, 105.00, true",
            "100.00, 105.01, false",
            "0.00, 0.01, false",
    })
    void increaseWithinBothLimits(String approved, String proposed, boolean within) {
        assertEquals(within, TOLERANCE.covers(eur(approved), eur(proposed), false));
    }

    @Test
    void newLineAlwaysBeyond() {
        assertFalse(TOLERANCE.covers(eur("1000.00"), eur("1000.00"), true));
    }

    @Test
    void otherCurrencyAlwaysBeyond() {
        Money approved = new Money(new BigDecimal("1000.00"), "USD");
        Money proposed = new Money(new BigDecimal("1001.00"), "USD");

        assertFalse(TOLERANCE.covers(approved, proposed, false));
    }

    @Test
    void stricterLimitIsAllowed() {
        assertEquals(0, new BigDecimal("50.00").compareTo(TOLERANCE.allowedIncrease(eur("1000.00"))), "5 % of 1,000 is below 100");
        assertEquals(0, new BigDecimal("100").compareTo(TOLERANCE.allowedIncrease(eur("10000.00"))), "100 is below 5 % of 10,000");
    }

    @Test
    void orderTotalsWithChange() {
        PurchaseOrder order = TestOrders.order("PO-1", "10", "100", "1");
        OrderChangeDraft priceChange = new OrderChangeDraft(null, List.of(new LineChange("1", null, new BigDecimal("104"), null)), List.of());

        Money proposed = order.totalWith(priceChange);

        assertEquals(eur("1000.00"), order.netTotal());
        assertEquals(eur("1040.00"), proposed);
    }

    @Test
    void appliedChangeResetsConfirmation() {
        PurchaseOrder order = fromRequisition();
        order.confirmAll(null);
        OrderChangeDraft change = order.check(new OrderChangeDraft("New price list", List.of(new LineChange("1", new BigDecimal("12"), null, null)),
                List.of(new OrderLineDraft(null, null, "Toner", BigDecimal.ONE, "C62", new BigDecimal("30"), null, new BigDecimal("20"),
                        null, null, null, null, null))));

        order.apply(change);

        assertEquals("2", change.newLines().get(0).lineNumber());
        assertEquals(1, order.getRevision());
        assertEquals(LineConfirmationStatus.PENDING, order.line("1").getConfirmationStatus());
        assertEquals(0, new BigDecimal("12").compareTo(order.line("1").getOrderedQuantity()));
        assertEquals(2, order.getLines().size());
        assertEquals(PurchaseOrderStatus.ISSUED, order.getStatus());
    }

    @Test
    void unchangedLineIsRejected() {
        PurchaseOrder order = fromRequisition();
        OrderChangeDraft same = new OrderChangeDraft(null, List.of(new LineChange("1", new BigDecimal("10"), new BigDecimal("100"), null)), List.of());

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> order.check(same));

        assertEquals("error.orderChange.lineUnchanged", error.messageKey());
    }

    @Test
    void deliveryDateChangeKeepsTotal() {
        PurchaseOrder order = fromRequisition();
        order.confirmAll(null);
        LocalDate later = LocalDate.now().plusDays(40);
        OrderChangeDraft change = order.check(new OrderChangeDraft("Chantier décalé", List.of(new LineChange("1", null, null, later)), List.of()));

        assertEquals(order.netTotal(), order.totalWith(change));
        order.apply(change);

        assertEquals(later, order.line("1").getRequestedDeliveryDate());
        assertEquals(LineConfirmationStatus.PENDING, order.line("1").getConfirmationStatus(), "the supplier confirms the new date");
        assertEquals(0, new BigDecimal("10").compareTo(order.line("1").getOrderedQuantity()));
    }

    @Test
    void pastDeliveryDateRejected() {
        PurchaseOrder order = fromRequisition();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        OrderChangeDraft change = new OrderChangeDraft(null, List.of(new LineChange("1", null, null, yesterday)), List.of());

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> order.check(change));

        assertEquals("error.orderChange.pastDeliveryDate", error.messageKey());
        assertTrue(error.getMessage().contains(yesterday.toString()), error.getMessage());
        assertEquals(null, order.line("1").getRequestedDeliveryDate(), "nothing changed");
    }

    @Test
    void importedOrderCannotChange() {
        PurchaseOrder order = TestOrders.order("PO-1", "10", "100", "1");
        OrderChangeDraft change = new OrderChangeDraft(null, List.of(new LineChange("1", null, new BigDecimal("104"), null)), List.of());

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> order.check(change));

        assertTrue(error.getMessage().contains("imported from the ERP"), error.getMessage());
    }

    private static PurchaseOrder fromRequisition() {
        PurchaseOrder imported = TestOrders.order("PO-2", "10", "100", "1");
        return new PurchaseOrder("PO-2", imported.getSupplier(), "EUR", 7L, "bruno", List.of(new OrderLineDraft("1", "P-1", "Paper",
                new BigDecimal("10"), "C62", new BigDecimal("100"), BigDecimal.ONE, new BigDecimal("20"), null, null, null, null, null)));
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
