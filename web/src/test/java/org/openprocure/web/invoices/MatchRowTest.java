package org.openprocure.web.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.web.invoices.MatchRowsTest.invoiceLine;
import static org.openprocure.web.invoices.MatchRowsTest.order;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.web.invoices.MatchRow.Verdict;

class MatchRowTest {

    @Test
    void priceAboveOrderHighlightsPriceOnly() {
        MatchRow row = row(verdict("DISCREPANCY", "PRICE_ABOVE_ORDER", false, "10", "10", "4.50", "4.20", "45", "42"));

        assertEquals("match-difference", row.priceClass());
        assertEquals("", row.quantityClass());
        assertEquals("", row.amountClass());
        assertEquals("", row.vatClass());
        assertEquals("match-row-DISCREPANCY", row.rowClass());
    }

    @Test
    void quantityReasonsHighlightQuantity() {
        for (String reason : List.of("QUANTITY_OVER_RECEIPT", "QUANTITY_OVER_ORDER", "UNIT_MISMATCH", "NEGATIVE_QUANTITY")) {
            MatchRow row = row(verdict("DISCREPANCY", reason, false, "75", "50", "4.20", "4.20", "315", "315"));

            assertEquals("match-difference", row.quantityClass(), reason);
            assertEquals("", row.priceClass(), reason);
        }
    }

    @Test
    void lineAmountReasonHighlightsAmount() {
        MatchRow row = row(verdict("DISCREPANCY", "LINE_AMOUNT_ABOVE_ORDER", false, "10", "10", "4.20", "4.20", "50", "42"));

        assertEquals("match-difference", row.amountClass());
        assertEquals("", row.priceClass());
    }

    @Test
    void vatDifferenceHighlightedApart() {
        MatchRow row = row(verdict("MATCHED", null, true, "10", "10", "4.20", "4.20", "42", "42"));

        assertEquals("match-difference", row.vatClass());
        assertEquals("", row.priceClass());
    }

    @Test
    void toleratedPriceMarkedSoftly() {
        MatchRow row = row(verdict("MATCHED_WITHIN_TOLERANCE", null, false, "10", "10", "4.25", "4.20", "42.50", "42"));

        assertEquals("match-tolerated", row.priceClass());
        assertEquals("match-tolerated", row.amountClass());
        assertEquals("", row.quantityClass());
    }

    @Test
    void lowerPriceWithinToleranceNotMarked() {
        MatchRow row = row(verdict("MATCHED_WITHIN_TOLERANCE", null, false, "9", "10", "4.10", "4.20", "41", "42"));

        assertEquals("", row.priceClass());
        assertEquals("match-tolerated", row.quantityClass());
    }

    @Test
    void unmatchedRowHasNoHighlight() {
        MatchRow row = new MatchRow(invoiceLine("A", "PO-1", "1"), null, List.of(), null);

        assertEquals("", row.priceClass());
        assertEquals("", row.quantityClass());
        assertEquals("", row.vatClass());
        assertEquals("match-row-UNMATCHED", row.rowClass());
    }

    private static MatchRow row(Verdict verdict) {
        return new MatchRow(invoiceLine("1", "PO-1", "1"), order("PO-1", "1", "10", "4.20"), List.of(), verdict);
    }

    private static Verdict verdict(String outcome, String reason, boolean vatDiffers, String invoiced, String available, String invoicePrice,
                                   String orderPrice, String invoiceAmount, String orderAmount) {
        return new Verdict("1", "PO-1", "1", outcome, reason, null, null, vatDiffers, new BigDecimal(invoiced), new BigDecimal(available),
                new BigDecimal(invoicePrice), new BigDecimal(orderPrice), new BigDecimal(invoiceAmount), new BigDecimal(orderAmount), null);
    }
}
