package org.openprocure.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** A quantity in a UN/ECE Recommendation 20 unit code, such as C62 (one), KGM or HUR. */
public record Quantity(BigDecimal value, String unitCode) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    public boolean sameUnitAs(Quantity other) {
        return unitCode.equals(other.unitCode);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity quantity
                && unitCode.equals(quantity.unitCode)
                && value.compareTo(quantity.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unitCode);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unitCode;
    }
}
