package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The unit factors known for one order line: its own second unit, the factors agreed with its
 * supplier, and the codes that count as the same unit. A unit converts only by one of them.
 */
public final class UnitConversions {

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

    /** A known factor: one fromUnit contains factor toUnit. */
    public record Factor(String fromUnit, String toUnit, BigDecimal factor) {
    }

    private final UnitEquivalence units;
    private final List<Factor> factors;

    public UnitConversions(UnitEquivalence units, List<Factor> factors) {
        this.units = units;
        this.factors = List.copyOf(factors);
    }

    /** Conversions by equivalent codes only. */
    public static UnitConversions of(UnitEquivalence units) {
        return new UnitConversions(units, List.of());
    }

    /**
     * Returns the number of toUnit in one fromUnit: 1 for the same unit, a known factor, or the
     * inverse of the factor known the other way. It returns null when no factor is known.
     */
    public BigDecimal factor(String fromUnit, String toUnit) {
        if (fromUnit == null || toUnit == null) {
            return null;
        }
        if (units.same(fromUnit, toUnit)) {
            return BigDecimal.ONE;
        }
        for (Factor known : factors) {
            if (units.same(known.fromUnit(), fromUnit) && units.same(known.toUnit(), toUnit)) {
                return known.factor();
            }
        }
        for (Factor known : factors) {
            if (units.same(known.fromUnit(), toUnit) && units.same(known.toUnit(), fromUnit)) {
                return BigDecimal.ONE.divide(known.factor(), PRECISION);
            }
        }
        return null;
    }
}
