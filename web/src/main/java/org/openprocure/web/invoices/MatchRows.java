package org.openprocure.web.invoices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.openprocure.web.invoices.MatchRow.InvoiceSide;
import org.openprocure.web.invoices.MatchRow.OrderSide;
import org.openprocure.web.invoices.MatchRow.ReceiptSide;
import org.openprocure.web.invoices.MatchRow.Verdict;

/** Lines up the order lines, goods receipt lines and invoice lines of one invoice, one row per invoice line. */
public final class MatchRows {

    private MatchRows() {
    }

    /**
     * Returns one row per invoice line, in the invoice's order, then one per verdict whose invoice
     * line is gone. A row takes the order line that its verdict compared, else the one the invoice
     * line was linked to when received, and the receipt lines of that order line.
     */
    public static List<MatchRow> lineUp(List<InvoiceSide> invoiceLines, List<OrderSide> orderLines, List<ReceiptSide> receiptLines,
                                        List<Verdict> verdicts) {
        List<MatchRow> rows = new ArrayList<>();
        Set<Verdict> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InvoiceSide line : invoiceLines) {
            Verdict verdict = verdicts.stream()
                    .filter(candidate -> !used.contains(candidate) && Objects.equals(candidate.invoiceLineId(), line.lineId()))
                    .findFirst()
                    .orElse(null);
            if (verdict != null) {
                used.add(verdict);
            }
            String orderNumber = verdict != null && verdict.orderLineNumber() != null ? verdict.orderNumber() : line.orderNumber();
            String lineNumber = verdict != null && verdict.orderLineNumber() != null ? verdict.orderLineNumber() : line.orderLineNumber();
            rows.add(row(line, orderLines, receiptLines, verdict, orderNumber, lineNumber));
        }
        for (Verdict verdict : verdicts) {
            if (!used.contains(verdict)) {
                rows.add(row(null, orderLines, receiptLines, verdict, verdict.orderNumber(), verdict.orderLineNumber()));
            }
        }
        return rows;
    }

    private static MatchRow row(InvoiceSide line, List<OrderSide> orderLines, List<ReceiptSide> receiptLines, Verdict verdict,
                                String orderNumber, String lineNumber) {
        OrderSide order = lineNumber == null ? null : orderLines.stream()
                .filter(candidate -> candidate.lineNumber().equals(lineNumber)
                        && (orderNumber == null || candidate.orderNumber().equals(orderNumber)))
                .findFirst()
                .orElse(null);
        List<ReceiptSide> receipts = order == null ? List.of() : receiptLines.stream()
                .filter(receipt -> receipt.orderNumber().equals(order.orderNumber()) && receipt.lineNumber().equals(order.lineNumber()))
                .toList();
        return new MatchRow(line, order, receipts, verdict);
    }
}
