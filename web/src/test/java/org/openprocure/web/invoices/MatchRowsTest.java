package org.openprocure.web.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.web.invoices.MatchRow.InvoiceSide;
import org.openprocure.web.invoices.MatchRow.OrderSide;
import org.openprocure.web.invoices.MatchRow.ReceiptSide;
import org.openprocure.web.invoices.MatchRow.ToleranceText;
import org.openprocure.web.invoices.MatchRow.Verdict;

class MatchRowsTest {

    private static final OrderSide PAPER = order("PO-1", "1", "10", "4.20");
    private static final OrderSide TONER = order("PO-1", "2", "2", "60.00");
    private static final OrderSide OTHER_ORDER_LINE_1 = order("PO-2", "1", "5", "3.00");

    @Test
    void rowsFollowInvoiceLines() {
        InvoiceSide first = invoiceLine("A", "PO-1", "2");
        InvoiceSide second = invoiceLine("B", "PO-1", "1");

        List<MatchRow> rows = MatchRows.lineUp(List.of(first, second), List.of(PAPER, TONER), List.of(), List.of());

        assertEquals(2, rows.size());
        assertSame(first, rows.get(0).invoice());
        assertSame(TONER, rows.get(0).order());
        assertSame(second, rows.get(1).invoice());
        assertSame(PAPER, rows.get(1).order());
        assertNull(rows.get(0).verdict());
    }

    @Test
    void verdictOrderLineWinsOverLink() {
        InvoiceSide line = invoiceLine("A", "PO-1", null);
        Verdict verdict = verdict("A", "PO-2", "1", "MATCHED", null);

        MatchRow row = MatchRows.lineUp(List.of(line), List.of(PAPER, OTHER_ORDER_LINE_1), List.of(), List.of(verdict)).get(0);

        assertSame(OTHER_ORDER_LINE_1, row.order());
        assertSame(verdict, row.verdict());
    }

    @Test
    void sameLineNumberOnTwoOrders() {
        InvoiceSide onFirst = invoiceLine("A", "PO-1", "1");
        InvoiceSide onSecond = invoiceLine("B", "PO-2", "1");

        List<MatchRow> rows = MatchRows.lineUp(List.of(onFirst, onSecond), List.of(PAPER, OTHER_ORDER_LINE_1), List.of(), List.of());

        assertSame(PAPER, rows.get(0).order());
        assertSame(OTHER_ORDER_LINE_1, rows.get(1).order());
    }

    @Test
    void receiptsOfTheOrderLineOnly() {
        ReceiptSide paperFirst = new ReceiptSide("GR-1", "PO-1", "1", new BigDecimal("6"), BigDecimal.ZERO, new BigDecimal("6"));
        ReceiptSide toner = new ReceiptSide("GR-1", "PO-1", "2", new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("2"));
        ReceiptSide paperSecond = new ReceiptSide("GR-2", "PO-1", "1", new BigDecimal("4"), new BigDecimal("1"), new BigDecimal("3"));
        ReceiptSide otherOrder = new ReceiptSide("GR-3", "PO-2", "1", new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("5"));

        MatchRow row = MatchRows.lineUp(List.of(invoiceLine("A", "PO-1", "1")), List.of(PAPER, TONER, OTHER_ORDER_LINE_1),
                List.of(paperFirst, toner, paperSecond, otherOrder), List.of()).get(0);

        assertEquals(List.of(paperFirst, paperSecond), row.receipts());
    }

    @Test
    void unknownOrderLineLeavesOrderEmpty() {
        Verdict verdict = verdict("A", "PO-1", null, "DISCREPANCY", "UNKNOWN_ORDER_LINE");

        MatchRow row = MatchRows.lineUp(List.of(invoiceLine("A", "PO-1", "9")), List.of(PAPER), List.of(), List.of(verdict)).get(0);

        assertNull(row.order());
        assertEquals(List.of(), row.receipts());
        assertSame(verdict, row.verdict());
    }

    @Test
    void verdictWithoutInvoiceLineKeptLast() {
        Verdict orphan = verdict("Z", "PO-1", "2", "MATCHED", null);

        List<MatchRow> rows = MatchRows.lineUp(List.of(invoiceLine("A", "PO-1", "1")), List.of(PAPER, TONER), List.of(),
                List.of(orphan));

        assertEquals(2, rows.size());
        assertNull(rows.get(1).invoice());
        assertSame(TONER, rows.get(1).order());
        assertSame(orphan, rows.get(1).verdict());
    }

    @Test
    void sameLineIdOneVerdictEach() {
        Verdict first = verdict("A", "PO-1", "1", "MATCHED", null);
        Verdict second = verdict("A", "PO-1", "2", "DISCREPANCY", "PRICE_ABOVE_ORDER");

        List<MatchRow> rows = MatchRows.lineUp(List.of(invoiceLine("A", "PO-1", "1"), invoiceLine("A", "PO-1", "2")),
                List.of(PAPER, TONER), List.of(), List.of(first, second));

        assertEquals(2, rows.size());
        assertSame(first, rows.get(0).verdict());
        assertSame(second, rows.get(1).verdict());
    }

    static InvoiceSide invoiceLine(String id, String orderNumber, String orderLine) {
        return new InvoiceSide(id, "line " + id, new BigDecimal("10"), "C62", new BigDecimal("4.50"), BigDecimal.ONE,
                new BigDecimal("45.00"), new BigDecimal("20"), orderNumber, orderLine);
    }

    static OrderSide order(String number, String line, String quantity, String price) {
        return new OrderSide(1L, number, line, "order line " + line, new BigDecimal(quantity), "C62", new BigDecimal(price),
                new BigDecimal(quantity).multiply(new BigDecimal(price)), new BigDecimal("20"), new BigDecimal(quantity), BigDecimal.ZERO,
                new BigDecimal(quantity));
    }

    static Verdict verdict(String invoiceLine, String orderNumber, String orderLine, String outcome, String reason) {
        return new Verdict(invoiceLine, orderNumber, orderLine, outcome, reason, null, null, false, new BigDecimal("10"),
                new BigDecimal("10"), new BigDecimal("4.50"), new BigDecimal("4.20"), new BigDecimal("45.00"), new BigDecimal("42.00"),
                new ToleranceText("SUPPLIER", null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE));
    }
}
