package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.purchasing.UnitEquivalence;

class ThreeWayMatchPolicyTest {

    private static final MatchTolerance TOLERANCE = new MatchTolerance(new BigDecimal("0"), new BigDecimal("1"), new BigDecimal("0.50"));

    private final ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(TOLERANCE);

    @ParameterizedTest(name = "invoiced {0} at {1}, accepted {2} of {3} received → {4} {5}")
    @CsvSource(nullValues = "-", value = {
            "10, 13.50, 10, 10, MATCHED, -",
            "8,  13.50, 10, 10, MATCHED, -",
            "20, 13.50, 15, 15, DISCREPANCY, QUANTITY_OVER_RECEIPT",
            "10, 13.60, 10, 10, MATCHED_WITHIN_TOLERANCE, -",
            "10, 14.00, 10, 10, DISCREPANCY, PRICE_ABOVE_ORDER",
            "10, 12.00, 10, 10, MATCHED, -",
            "10, 13.50, 0,  0,  AWAITING_RECEIPT, -",
            "10, 14.00, 0,  0,  DISCREPANCY, PRICE_ABOVE_ORDER",
            "10, 13.50, 0,  10, DISCREPANCY, QUANTITY_OVER_RECEIPT",
    })
    void lineOutcome(String invoiced, String price, String accepted, String received, MatchOutcome outcome, DiscrepancyReason reason) {
        LineMatch match = policy.match(invoiceLine(invoiced, price, null, "C62", "EUR"),
                orderLine("13.50", "1", "C62", "EUR", received, accepted, "0"));

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.reason());
    }

    @Test
    void quantityDiscrepancyCarriesBothFigures() {
        LineMatch match = policy.match(invoiceLine("20", "6.90", null, "C62", "EUR"),
                orderLine("6.90", "1", "C62", "EUR", "15", "15", "0"));

        assertEquals("2", match.invoiceLineId());
        assertEquals("7", match.orderLineNumber());
        assertEquals(0, new BigDecimal("20").compareTo(match.invoicedQuantity()));
        assertEquals(0, new BigDecimal("15").compareTo(match.availableQuantity()));
    }

    @Test
    void earlierInvoicesReduceAvailableQuantity() {
        LineMatch match = policy.match(invoiceLine("6", "6.90", null, "C62", "EUR"),
                orderLine("6.90", "1", "C62", "EUR", "10", "10", "5"));

        assertEquals(MatchOutcome.DISCREPANCY, match.outcome());
        assertEquals(DiscrepancyReason.QUANTITY_OVER_RECEIPT, match.reason());
        assertEquals(0, new BigDecimal("5").compareTo(match.availableQuantity()));
    }

    @ParameterizedTest(name = "invoiced {0}, accepted 10, returns withhold {1}, invoiced before {2} → {3}, available {4}")
    @CsvSource(nullValues = "-", value = {
            "10, 3, 0, QUANTITY_OVER_RECEIPT, 7",
            "7,  3, 0, -, 7",
            "3,  3, 7, QUANTITY_OVER_RECEIPT, 0",
            "10, 0, 0, -, 10",
    })
    void returnsHoldBackAcceptedQuantity(String invoiced, String returned, String invoicedBefore, DiscrepancyReason reason, String available) {
        LineFacts.OrderLine orderLine = new LineFacts.OrderLine("7", "C62", new BigDecimal("6.90"), BigDecimal.ONE, "EUR", new BigDecimal("1000"),
                BigDecimal.TEN, BigDecimal.TEN, new BigDecimal(invoicedBefore), new BigDecimal(returned));

        LineMatch match = policy.match(invoiceLine(invoiced, "6.90", null, "C62", "EUR"), orderLine);

        assertEquals(reason, match.reason());
        assertEquals(0, new BigDecimal(available).compareTo(match.availableQuantity()), "available " + match.availableQuantity());
    }

    @Test
    void priceBasisIsNormalisedToOneUnit() {
        LineMatch match = policy.match(invoiceLine("200", "0.75", "1", "C62", "EUR"),
                orderLine("75.00", "100", "C62", "EUR", "200", "200", "0"));

        assertEquals(MatchOutcome.MATCHED, match.outcome());
        assertEquals(0, new BigDecimal("0.75").compareTo(match.orderUnitPrice()));
    }

    @Test
    void otherCurrencyIsDiscrepancy() {
        LineMatch match = policy.match(invoiceLine("10", "13.50", null, "C62", "USD"),
                orderLine("13.50", "1", "C62", "EUR", "10", "10", "0"));

        assertEquals(DiscrepancyReason.CURRENCY_MISMATCH, match.reason());
    }

    @Test
    void otherUnitIsDiscrepancy() {
        LineMatch match = policy.match(invoiceLine("10", "13.50", null, "KGM", "EUR"),
                orderLine("13.50", "1", "C62", "EUR", "10", "10", "0"));

        assertEquals(DiscrepancyReason.UNIT_MISMATCH, match.reason());
    }

    @Test
    void missingOrderLineIsDiscrepancy() {
        LineMatch match = policy.match(invoiceLine("10", "13.50", null, "C62", "EUR"), null);

        assertEquals(DiscrepancyReason.UNKNOWN_ORDER_LINE, match.reason());
        assertNull(match.orderLineNumber());
    }

    @Test
    void quantityTolerancePercentAllowsSmallExcess() {
        ThreeWayMatchPolicy tolerant = new ThreeWayMatchPolicy(new MatchTolerance(new BigDecimal("5"), BigDecimal.ZERO, BigDecimal.ZERO));

        LineMatch match = tolerant.match(invoiceLine("105", "1", null, "C62", "EUR"),
                orderLine("1", "1", "C62", "EUR", "100", "100", "0"));

        assertEquals(MatchOutcome.MATCHED_WITHIN_TOLERANCE, match.outcome());
    }

    @ParameterizedTest(name = "quantity {0}, price {1}, base {2}, unit {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "10, -13.50, 1, C62, NEGATIVE_PRICE",
            "10, 13.50, 0, C62, INVALID_BASE_QUANTITY",
            "10, 13.50, -1, C62, INVALID_BASE_QUANTITY",
            "-5, 13.50, 1, C62, NEGATIVE_QUANTITY",
            "10, 13.50, 1, -, MISSING_QUANTITY_OR_PRICE",
    })
    void lineThatCannotBeComparedIsDiscrepancy(String quantity, String price, String base, String unit, DiscrepancyReason reason) {
        LineMatch match = policy.match(invoiceLine(quantity, price, base, unit, "EUR"),
                orderLine("13.50", "1", "C62", "EUR", "10", "10", "0"));

        assertEquals(MatchOutcome.DISCREPANCY, match.outcome());
        assertEquals(reason, match.reason());
    }

    @Test
    void receiptBeyondOrderDoesNotCoverInvoice() {
        LineMatch match = policy.match(invoiceLine("1000", "3.00", null, "C62", "EUR"),
                orderLine("3.00", "1", "C62", "EUR", "5", "1000", "1000", "0"));

        assertEquals(DiscrepancyReason.QUANTITY_OVER_ORDER, match.reason());
        assertEquals(0, new BigDecimal("5").compareTo(match.availableQuantity()));
    }

    @Test
    void invoiceWithinOrderedAndReceivedMatches() {
        LineMatch match = policy.match(invoiceLine("5", "3.00", null, "C62", "EUR"),
                orderLine("3.00", "1", "C62", "EUR", "5", "1000", "1000", "0"));

        assertEquals(MatchOutcome.MATCHED, match.outcome());
    }

    @Test
    void invoiceTakesWorstLineOutcome() {
        LineMatch matched = line(MatchOutcome.MATCHED);
        LineMatch awaiting = line(MatchOutcome.AWAITING_RECEIPT);
        LineMatch discrepancy = line(MatchOutcome.DISCREPANCY);

        assertEquals(MatchOutcome.MATCHED, ThreeWayMatchPolicy.overall(List.of(matched, matched)));
        assertEquals(MatchOutcome.AWAITING_RECEIPT, ThreeWayMatchPolicy.overall(List.of(matched, awaiting)));
        assertEquals(MatchOutcome.DISCREPANCY, ThreeWayMatchPolicy.overall(List.of(awaiting, discrepancy, matched)));
        assertEquals(MatchOutcome.DISCREPANCY, ThreeWayMatchPolicy.overall(List.of()));
    }

    private static LineMatch line(MatchOutcome outcome) {
        return new LineMatch("1", "1", outcome, null, BigDecimal.ONE, BigDecimal.ONE, "C62", BigDecimal.ONE, BigDecimal.ONE);
    }

    @ParameterizedTest(name = "credit {0} against {1} creditable → {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "3,  10, MATCHED, -",
            "10, 10, MATCHED, -",
            "11, 10, DISCREPANCY, CREDIT_OVER_INVOICED",
            "-1, 10, DISCREPANCY, NEGATIVE_CREDIT",
            "1,  0,  DISCREPANCY, CREDIT_OVER_INVOICED",
    })
    void creditLineOutcome(String credited, String creditable, MatchOutcome outcome, DiscrepancyReason reason) {
        LineMatch match = policy.matchCredit(invoiceLine(credited, "4.20", null, "C62", "EUR"),
                orderLine("4.20", "1", "C62", "EUR", "10", "10", "0"), new BigDecimal(creditable));

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.reason());
    }

    @Test
    void creditLineNeedsOrderLineCurrencyAndUnit() {
        assertEquals(DiscrepancyReason.UNKNOWN_ORDER_LINE,
                policy.matchCredit(invoiceLine("1", "4.20", null, "C62", "EUR"), null, BigDecimal.TEN).reason());
        assertEquals(DiscrepancyReason.CURRENCY_MISMATCH, policy.matchCredit(invoiceLine("1", "4.20", null, "C62", "USD"),
                orderLine("4.20", "1", "C62", "EUR", "10", "10", "0"), BigDecimal.TEN).reason());
        assertEquals(DiscrepancyReason.UNIT_MISMATCH, policy.matchCredit(invoiceLine("1", "4.20", null, "KGM", "EUR"),
                orderLine("4.20", "1", "C62", "EUR", "10", "10", "0"), BigDecimal.TEN).reason());
    }

    @Test
    void policyMatchesEquivalentUnitsOnly() {
        ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(MatchTolerance.EXACT, UnitEquivalence.parse("C62,H87"));
        LineFacts.OrderLine order = new LineFacts.OrderLine("1", "C62", new BigDecimal("4.20"), BigDecimal.ONE, "EUR", BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO);

        LineMatch pieces = policy.match(new LineFacts.InvoiceLine("1", BigDecimal.TEN, "H87", new BigDecimal("4.20"), null, "EUR"), order);
        LineMatch kilograms = policy.match(new LineFacts.InvoiceLine("1", BigDecimal.TEN, "KGM", new BigDecimal("4.20"), null, "EUR"), order);

        assertEquals(MatchOutcome.MATCHED, pieces.outcome());
        assertEquals(DiscrepancyReason.UNIT_MISMATCH, kilograms.reason());
    }

    @Test
    void boxesConvertByFactor() {
        LineMatch match = policy.match(invoiceLine("2", "6.00", null, "BX", "EUR"),
                orderLine("0.50", "1", "C62", "EUR", "24", "24", "0"), new BigDecimal("12"));

        assertEquals(MatchOutcome.MATCHED, match.outcome());
        assertEquals("C62", match.unitCode());
        assertEquals(0, new BigDecimal("24").compareTo(match.invoicedQuantity()));
        assertEquals(0, new BigDecimal("0.5").compareTo(match.invoiceUnitPrice()));
        assertEquals(0, new BigDecimal("12").compareTo(match.unitFactor()));
    }

    @Test
    void convertedQuantityOverReceipt() {
        LineMatch match = policy.match(invoiceLine("3", "6.00", "1", "BX", "EUR"),
                orderLine("0.50", "1", "C62", "EUR", "24", "24", "0"), new BigDecimal("12"));

        assertEquals(DiscrepancyReason.QUANTITY_OVER_RECEIPT, match.reason());
        assertEquals(0, new BigDecimal("36").compareTo(match.invoicedQuantity()));
    }

    @Test
    void convertedPriceAboveOrder() {
        LineMatch match = policy.match(invoiceLine("2", "7.20", null, "BX", "EUR"),
                orderLine("0.50", "1", "C62", "EUR", "24", "24", "0"), new BigDecimal("12"));

        assertEquals(DiscrepancyReason.PRICE_ABOVE_ORDER, match.reason());
        assertEquals(0, new BigDecimal("0.6").compareTo(match.invoiceUnitPrice()));
    }

    @Test
    void unknownFactorKeepsSupplierFigures() {
        LineMatch match = policy.match(invoiceLine("2", "6.00", null, "BX", "EUR"),
                orderLine("0.50", "1", "C62", "EUR", "24", "24", "0"), null);

        assertEquals(DiscrepancyReason.UNIT_MISMATCH, match.reason());
        assertEquals("BX", match.unitCode());
        assertEquals(0, new BigDecimal("2").compareTo(match.invoicedQuantity()));
        assertNull(match.unitFactor());
    }

    @Test
    void sameUnitLeavesNoFactor() {
        LineMatch match = policy.match(invoiceLine("10", "13.50", null, "C62", "EUR"),
                orderLine("13.50", "1", "C62", "EUR", "10", "10", "0"), BigDecimal.ONE);

        assertEquals(MatchOutcome.MATCHED, match.outcome());
        assertNull(match.unitFactor());
    }

    @Test
    void boxCreditCountsOrderUnits() {
        LineMatch match = policy.matchCredit(invoiceLine("1", "6.00", null, "BX", "EUR"),
                orderLine("0.50", "1", "C62", "EUR", "24", "24", "0"), new BigDecimal("10"), new BigDecimal("12"));

        assertEquals(DiscrepancyReason.CREDIT_OVER_INVOICED, match.reason(), "12 pieces credited, 10 invoiced");
    }

    private static LineFacts.InvoiceLine invoiceLine(String quantity, String price, String base, String unit, String currency) {
        return new LineFacts.InvoiceLine("2", new BigDecimal(quantity), unit, new BigDecimal(price),
                base == null ? null : new BigDecimal(base), currency);
    }

    /** Builds an order line of 1000 units with the given price, receipt and earlier invoices. */
    private static LineFacts.OrderLine orderLine(String price, String basis, String unit, String currency,
                                                 String received, String accepted, String invoicedBefore) {
        return orderLine(price, basis, unit, currency, "1000", received, accepted, invoicedBefore);
    }

    private static LineFacts.OrderLine orderLine(String price, String basis, String unit, String currency, String ordered,
                                                 String received, String accepted, String invoicedBefore) {
        return new LineFacts.OrderLine("7", unit, new BigDecimal(price), new BigDecimal(basis), currency, new BigDecimal(ordered),
                new BigDecimal(received), new BigDecimal(accepted), new BigDecimal(invoicedBefore));
    }
}
