package org.openprocure.web.invoices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the match view: the order line, what goods receipts brought for it and the invoice
 * line, side by side, with the match's verdict. The order side and the verdict are null when the
 * invoice line names no known order line or has not been matched yet.
 */
public record MatchRow(InvoiceSide invoice, OrderSide order, List<ReceiptSide> receipts, Verdict verdict) implements Serializable {

    /** The invoice line as the supplier wrote it. */
    public record InvoiceSide(String lineId, String description, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
                              BigDecimal priceBaseQuantity, BigDecimal amount, BigDecimal vatRate, String orderNumber,
                              String orderLineNumber) implements Serializable {
    }

    /** The order line, with the price agreed after confirmation and the quantities counted on it by the goods receipts. */
    public record OrderSide(long orderId, String orderNumber, String lineNumber, String description, BigDecimal quantity, String unitCode,
                            BigDecimal unitPrice, BigDecimal amount, BigDecimal vatRate, BigDecimal receivedQuantity,
                            BigDecimal rejectedQuantity, BigDecimal acceptedQuantity) implements Serializable {
    }

    /** One goods receipt line for the order line; several batches of one receipt make several entries. */
    public record ReceiptSide(String receiptNumber, String orderNumber, String lineNumber, BigDecimal receivedQuantity,
                              BigDecimal rejectedQuantity, BigDecimal acceptedQuantity) implements Serializable {
    }

    /**
     * The stored match of the line: its outcome (a MatchOutcome name), reason (a DiscrepancyReason
     * name or null), the explanation and VAT note in the page's language, the figures the match
     * compared and the tolerance it applied.
     */
    public record Verdict(String invoiceLineId, String orderNumber, String orderLineNumber, String outcome, String reason,
                          String explanation, String taxNote, boolean vatRateDiffers, BigDecimal invoicedQuantity,
                          BigDecimal availableQuantity, BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice,
                          BigDecimal invoiceLineAmount, BigDecimal orderLineAmount, ToleranceText tolerance) implements Serializable {
    }

    /** The tolerance a match applied, with its source: SUPPLIER, CATEGORY or COMPANY_DEFAULT. */
    public record ToleranceText(String source, String category, BigDecimal quantityPercent, BigDecimal quantityAbsolute,
                                BigDecimal pricePercent, BigDecimal priceAmount, BigDecimal lineAmountPercent,
                                BigDecimal lineAmountAbsolute) implements Serializable {
    }

    /** Returns the CSS class of the quantity cells: the verdict's reason is about quantities or units. */
    public String quantityClass() {
        return cellClass(List.of("QUANTITY_OVER_RECEIPT", "QUANTITY_OVER_ORDER", "NEGATIVE_QUANTITY", "UNIT_MISMATCH",
                "MISSING_QUANTITY_OR_PRICE", "CREDIT_OVER_INVOICED", "NEGATIVE_CREDIT"),
                verdict == null ? null : verdict.invoicedQuantity(), verdict == null ? null : verdict.availableQuantity(), true);
    }

    /** Returns the CSS class of the unit price cells. */
    public String priceClass() {
        return cellClass(List.of("PRICE_ABOVE_ORDER", "NEGATIVE_PRICE", "INVALID_BASE_QUANTITY", "MISSING_QUANTITY_OR_PRICE"),
                verdict == null ? null : verdict.invoiceUnitPrice(), verdict == null ? null : verdict.orderUnitPrice(), false);
    }

    /** Returns the CSS class of the line amount cells. */
    public String amountClass() {
        return cellClass(List.of("LINE_AMOUNT_ABOVE_ORDER"),
                verdict == null ? null : verdict.invoiceLineAmount(), verdict == null ? null : verdict.orderLineAmount(), false);
    }

    /** Returns the CSS class of the VAT rate cells; a VAT difference is reported apart from the outcome. */
    public String vatClass() {
        return verdict != null && verdict.vatRateDiffers() ? "match-difference" : "";
    }

    /** Returns the CSS class of the whole row, after its outcome, such as "match-row-DISCREPANCY". */
    public String rowClass() {
        return verdict == null ? "match-row-UNMATCHED" : "match-row-" + verdict.outcome();
    }

    /**
     * Returns "match-difference" when the verdict's reason is one of {@code reasons}, and
     * "match-tolerated" when the line matched within tolerance and the two figures differ: the
     * invoiced one above the compared one, or apart from it when {@code anyDirection}.
     */
    private String cellClass(List<String> reasons, BigDecimal invoiced, BigDecimal compared, boolean anyDirection) {
        if (verdict == null) {
            return "";
        }
        if (verdict.reason() != null && reasons.contains(verdict.reason())) {
            return "match-difference";
        }
        if ("MATCHED_WITHIN_TOLERANCE".equals(verdict.outcome()) && invoiced != null && compared != null) {
            int sign = invoiced.compareTo(compared);
            if (sign > 0 || (anyDirection && sign != 0)) {
                return "match-tolerated";
            }
        }
        return "";
    }
}
