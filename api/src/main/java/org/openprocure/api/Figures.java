package org.openprocure.api;

import java.math.BigDecimal;

/**
 * Writes stored figures without the padding zeros of their columns: 216.000000000000 becomes
 * 216.00 as an amount and 10.000000 becomes 10 as a quantity. Values are never rounded.
 */
final class Figures {

    private Figures() {
    }

    /** Returns the amount with at least 2 decimals, and more only when the value has them. */
    static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** Returns the number with no trailing zeros and never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
