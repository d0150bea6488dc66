package org.openprocure.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitConversionsTest {

    private final UnitConversions conversions = new UnitConversions(UnitEquivalence.parse("C62,H87,EA"),
            List.of(new UnitConversions.Factor("BX", "C62", new BigDecimal("12")), new UnitConversions.Factor("KGM", "GRM", new BigDecimal("1000"))));

    @Test
    void knownFactorConvertsBothWays() {
        assertEquals(0, new BigDecimal("12").compareTo(conversions.factor("BX", "C62")));
        assertEquals(0, new BigDecimal("0.001").compareTo(conversions.factor("GRM", "KGM")));
    }

    @Test
    void factorAppliesToEquivalentCodes() {
        assertEquals(0, new BigDecimal("12").compareTo(conversions.factor("BX", "EA")), "EA counts as C62");
        assertEquals(0, BigDecimal.ONE.compareTo(conversions.factor("H87", "C62")));
    }

    @Test
    void unknownUnitHasNoFactor() {
        assertNull(conversions.factor("MTK", "C62"));
        assertNull(conversions.factor("BX", "KGM"), "factors are not chained");
        assertNull(conversions.factor(null, "C62"));
    }

    @Test
    void inverseFactorKeepsPrecision() {
        UnitConversions thirds = new UnitConversions(UnitEquivalence.NONE, List.of(new UnitConversions.Factor("PK", "C62", new BigDecimal("3"))));

        BigDecimal perPiece = thirds.factor("C62", "PK");

        assertEquals(0, new BigDecimal("0.33333333333333333333").compareTo(perPiece));
        assertEquals(0, BigDecimal.ONE.compareTo(perPiece.multiply(new BigDecimal("3")).setScale(10, java.math.RoundingMode.HALF_UP)));
    }
}
