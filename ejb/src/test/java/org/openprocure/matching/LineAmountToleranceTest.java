package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line amount rule and the absolute quantity tolerance of the three-way match. */
class LineAmountToleranceTest {

    /** Quantity 0 % or 2 units; price 1 % and 0.50; line amount 1 % or 1.00, whichever is larger. */
    private static final MatchTolerance TOLERANCE = new MatchTolerance(BigDecimal.ZERO, new BigDecimal("2"), BigDecimal.ONE,
            new BigDecimal("0.50"), BigDecimal.ONE, new BigDecimal("1.00"));

    private final ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(TOLERANCE);

    @ParameterizedTest(name = "10 at 4.20 with line amount {0} → {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "42.00, MATCHED, -",
            "41.00, MATCHED, -",
            "42.99, MATCHED_WITHIN_TOLERANCE, -",
            "43.00, MATCHED_WITHIN_TOLERANCE, -",
            "43.01, DISCREPANCY, LINE_AMOUNT_ABOVE_ORDER",
            "50.00, DISCREPANCY, LINE_AMOUNT_ABOVE_ORDER",
    })
    void lineAmountOutcome(String amount, MatchOutcome outcome, DiscrepancyReason reason) {
        LineMatch match = policy.match(invoiceLine("10", "4.20", null, amount), orderLine("4.20", "1", "10"));

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.reason());
    }

    @Test
    void percentLimitAppliesOnLargeLines() {
        LineMatch within = policy.match(invoiceLine("1000", "4.20", null, "4240.00"), orderLine("4.20", "1", "1000"));
        LineMatch beyond = policy.match(invoiceLine("1000", "4.20", null, "4242.01"), orderLine("4.20", "1", "1000"));

        assertEquals(MatchOutcome.MATCHED_WITHIN_TOLERANCE, within.outcome(), "40.00 is under 1 % of 4200.00");
        assertEquals(DiscrepancyReason.LINE_AMOUNT_ABOVE_ORDER, beyond.reason(), "42.01 is over 1 % of 4200.00");
    }

    @Test
    void lineAmountCarriesBothFigures() {
        LineMatch match = policy.match(invoiceLine("250", "12.00", "100", "38.00"), orderLine("12.00", "100", "250"));

        assertEquals(DiscrepancyReason.LINE_AMOUNT_ABOVE_ORDER, match.reason());
        assertEquals(0, new BigDecimal("38.00").compareTo(match.invoiceLineAmount()));
        assertEquals(new BigDecimal("30.00"), match.orderLineAmount(), "250 × 12.00 / 100, rounded to the cent");
    }

    @Test
    void orderValueRoundsHalfUpAtEnd() {
        LineMatch match = policy.match(invoiceLine("3", "0.335", null, "1.01"), orderLine("0.335", "1", "3"));

        assertEquals(new BigDecimal("1.01"), match.orderLineAmount(), "3 × 0.335 = 1.005");
        assertEquals(MatchOutcome.MATCHED, match.outcome());
    }

    @Test
    void lineWithoutAmountIsNotCompared() {
        LineMatch match = policy.match(invoiceLine("10", "4.20", null, null), orderLine("4.20", "1", "10"));

        assertEquals(MatchOutcome.MATCHED, match.outcome());
        assertNull(match.orderLineAmount());
    }

    @Test
    void priceReasonComesBeforeLineAmount() {
        LineMatch match = policy.match(invoiceLine("10", "5.00", null, "50.00"), orderLine("4.20", "1", "10"));

        assertEquals(DiscrepancyReason.PRICE_ABOVE_ORDER, match.reason());
    }

    @ParameterizedTest(name = "invoiced {0} of 10 accepted → {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "10, MATCHED, -",
            "12, MATCHED_WITHIN_TOLERANCE, -",
            "13, DISCREPANCY, QUANTITY_OVER_RECEIPT",
    })
    void absoluteQuantityTolerance(String quantity, MatchOutcome outcome, DiscrepancyReason reason) {
        LineMatch match = policy.match(invoiceLine(quantity, "1.00", null, null),
                new LineFacts.OrderLine("7", "C62", BigDecimal.ONE, BigDecimal.ONE, "EUR", new BigDecimal("100"), BigDecimal.TEN,
                        BigDecimal.TEN, BigDecimal.ZERO));

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.reason());
    }

    @Test
    void percentQuantityToleranceStillAppliesWithoutAbsolute() {
        ThreeWayMatchPolicy percentOnly = new ThreeWayMatchPolicy(new MatchTolerance(new BigDecimal("5"), BigDecimal.ZERO, BigDecimal.ZERO));

        LineMatch match = percentOnly.match(invoiceLine("105", "1", null, null), orderLine("1", "1", "100"));

        assertEquals(MatchOutcome.MATCHED_WITHIN_TOLERANCE, match.outcome());
    }

    private static LineFacts.InvoiceLine invoiceLine(String quantity, String price, String base, String amount) {
        return new LineFacts.InvoiceLine("2", new BigDecimal(quantity), "C62", new BigDecimal(price), base == null ? null : new BigDecimal(base),
                "EUR", amount == null ? null : new BigDecimal(amount));
    }

    /** Builds an order line of 1000 units, with this many received and accepted. */
    private static LineFacts.OrderLine orderLine(String price, String basis, String accepted) {
        return new LineFacts.OrderLine("7", "C62", new BigDecimal(price), new BigDecimal(basis), "EUR", new BigDecimal("1000"),
                new BigDecimal(accepted), new BigDecimal(accepted), BigDecimal.ZERO);
    }
}
