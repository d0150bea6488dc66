package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeComparisonTest {

    /** Amounts within 1 % or 1.00, whichever is larger. */
    private static final MatchTolerance TOLERANCE = new MatchTolerance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.00"));

    private final ChargeComparison comparison = new ChargeComparison(TOLERANCE);

    @ParameterizedTest(name = "freight {0} invoiced, {1} foreseen → {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "25.00, 25.00, MATCHED, -",
            "20.00, 25.00, MATCHED, -",
            "26.00, 25.00, MATCHED_WITHIN_TOLERANCE, -",
            "26.01, 25.00, DISCREPANCY, CHARGE_ABOVE_ORDER",
            "0.80,  0,     MATCHED_WITHIN_TOLERANCE, -",
            "25.00, 0,     DISCREPANCY, CHARGE_NOT_ON_ORDER",
    })
    void chargeOutcome(String invoiced, String foreseen, MatchOutcome outcome, DiscrepancyReason reason) {
        List<ChargeFacts> order = new BigDecimal(foreseen).signum() == 0 ? List.of() : List.of(charge("FC", null, foreseen));

        ChargeMatch match = comparison.compare(List.of(charge("FC", "Transport", invoiced)), List.of(), order).get(0);

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.discrepancy());
    }

    @ParameterizedTest(name = "discount {0} invoiced, {1} foreseen → {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "50.00, 50.00, MATCHED, -",
            "60.00, 50.00, MATCHED, -",
            "49.00, 50.00, MATCHED_WITHIN_TOLERANCE, -",
            "48.99, 50.00, DISCREPANCY, ALLOWANCE_BELOW_ORDER",
            "0,     50.00, DISCREPANCY, ALLOWANCE_BELOW_ORDER",
    })
    void allowanceOutcome(String invoiced, String foreseen, MatchOutcome outcome, DiscrepancyReason reason) {
        List<ChargeFacts> invoice = new BigDecimal(invoiced).signum() == 0 ? List.of() : List.of(allowance("95", null, invoiced));

        ChargeMatch match = comparison.compare(invoice, List.of(), List.of(allowance("95", "Remise", foreseen))).get(0);

        assertEquals(outcome, match.outcome());
        assertEquals(reason, match.discrepancy());
    }

    @Test
    void allowanceNotForeseenIsWelcome() {
        ChargeMatch match = comparison.compare(List.of(allowance(null, "Réduc fidélité", "2.50")), List.of(), List.of()).get(0);

        assertEquals(MatchOutcome.MATCHED, match.outcome());
        assertNull(match.discrepancy());
    }

    @Test
    void reasonTextPairsWhenCodesAreMissing() {
        List<ChargeMatch> matches = comparison.compare(List.of(charge(null, "Surtaxe  carburant", "5.50")), List.of(),
                List.of(charge(null, "surtaxe carburant", "5.50")));

        assertEquals(1, matches.size());
        assertEquals(MatchOutcome.MATCHED, matches.get(0).outcome());
    }

    @Test
    void codePairsBeforeText() {
        List<ChargeMatch> matches = comparison.compare(List.of(charge("fc", "Fret", "30.00")), List.of(),
                List.of(charge("FC", "Transport", "30.00")));

        assertEquals(1, matches.size());
        assertEquals("fc", matches.get(0).reasonCode());
        assertEquals("Fret", matches.get(0).reason(), "the invoice's text is shown first");
        assertEquals(MatchOutcome.MATCHED, matches.get(0).outcome());
    }

    @Test
    void chargeNeverPairsWithAllowance() {
        List<ChargeMatch> matches = comparison.compare(List.of(charge("95", null, "10.00")), List.of(), List.of(allowance("95", null, "10.00")));

        assertEquals(2, matches.size());
        assertEquals(DiscrepancyReason.CHARGE_NOT_ON_ORDER, matches.get(0).discrepancy());
        assertEquals(DiscrepancyReason.ALLOWANCE_BELOW_ORDER, matches.get(1).discrepancy());
    }

    @Test
    void freightForeseenOnceIsPaidOnce() {
        ChargeMatch second = comparison.compare(List.of(charge("FC", null, "25.00")), List.of(charge("FC", null, "25.00")),
                List.of(charge("FC", null, "25.00"))).get(0);

        assertEquals(DiscrepancyReason.CHARGE_ABOVE_ORDER, second.discrepancy());
        assertEquals(0, new BigDecimal("25.00").compareTo(second.earlierAmount()));
    }

    @Test
    void allowanceGivenEarlierIsNotExpectedAgain() {
        List<ChargeMatch> matches = comparison.compare(List.of(), List.of(allowance("95", null, "50.00")), List.of(allowance("95", null, "50.00")));

        assertEquals(MatchOutcome.MATCHED, matches.get(0).outcome());
    }

    @Test
    void foreseenChargeNotInvoicedIsShownAndMatched() {
        List<ChargeMatch> matches = comparison.compare(List.of(), List.of(), List.of(charge("FC", null, "25.00")));

        assertEquals(1, matches.size());
        assertEquals(MatchOutcome.MATCHED, matches.get(0).outcome());
        assertEquals(0, BigDecimal.ZERO.compareTo(matches.get(0).invoiceAmount()));
    }

    @Test
    void invoiceOutcomeCountsCharges() {
        LineMatch matched = new LineMatch("1", "1", MatchOutcome.MATCHED, null, BigDecimal.ONE, BigDecimal.ONE, "C62", BigDecimal.ONE, BigDecimal.ONE);
        ChargeMatch unforeseen = comparison.compare(List.of(charge("FC", null, "25.00")), List.of(), List.of()).get(0);
        ChargeMatch within = comparison.compare(List.of(charge("FC", null, "0.50")), List.of(), List.of()).get(0);

        assertEquals(MatchOutcome.DISCREPANCY, ThreeWayMatchPolicy.overall(List.of(matched), List.of(unforeseen)));
        assertEquals(MatchOutcome.MATCHED_WITHIN_TOLERANCE, ThreeWayMatchPolicy.overall(List.of(matched), List.of(within)));
        assertEquals(MatchOutcome.MATCHED, ThreeWayMatchPolicy.overall(List.of(matched), List.of()));
        assertEquals(MatchOutcome.DISCREPANCY, ThreeWayMatchPolicy.overall(List.of(), List.of()));
    }

    private static ChargeFacts charge(String code, String reason, String amount) {
        return new ChargeFacts(true, code, reason, new BigDecimal(amount));
    }

    private static ChargeFacts allowance(String code, String reason, String amount) {
        return new ChargeFacts(false, code, reason, new BigDecimal(amount));
    }
}
