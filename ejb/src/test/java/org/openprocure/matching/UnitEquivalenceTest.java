package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UnitEquivalenceTest {

    private final UnitEquivalence units = UnitEquivalence.parse("C62, h87,EA,PCE ; KGM,KG");

    @Test
    void codesOfOneGroupAreTheSameUnit() {
        assertTrue(units.same("H87", "C62"));
        assertTrue(units.same("PCE", "EA"));
        assertTrue(units.same("KG", "KGM"));
        assertTrue(units.same("MTK", "MTK"));
    }

    @Test
    void codesOfDifferentGroupsDiffer() {
        assertFalse(units.same("C62", "KGM"));
        assertFalse(units.same("MTK", "C62"));
        assertFalse(UnitEquivalence.parse("").same("H87", "C62"));
        assertFalse(UnitEquivalence.parse(null).same("H87", "C62"));
    }

    @Test
    void policyMatchesEquivalentUnitsOnly() {
        ThreeWayMatchPolicy policy = new ThreeWayMatchPolicy(MatchTolerance.EXACT, units);
        LineFacts.OrderLine order = new LineFacts.OrderLine("1", "C62", new BigDecimal("4.20"), BigDecimal.ONE, "EUR", BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO);

        LineMatch pieces = policy.match(new LineFacts.InvoiceLine("1", BigDecimal.TEN, "H87", new BigDecimal("4.20"), null, "EUR"), order);
        LineMatch kilograms = policy.match(new LineFacts.InvoiceLine("1", BigDecimal.TEN, "KGM", new BigDecimal("4.20"), null, "EUR"), order);

        assertEquals(MatchOutcome.MATCHED, pieces.outcome());
        assertEquals(DiscrepancyReason.UNIT_MISMATCH, kilograms.reason());
    }
}
