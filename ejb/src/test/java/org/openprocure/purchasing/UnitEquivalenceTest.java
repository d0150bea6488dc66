package org.openprocure.purchasing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
