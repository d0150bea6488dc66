package org.openprocure.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Guard clauses for values that arrive from outside, each failing with a message that names the field and the value. */
public final class Inputs {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]{2,3}");

    private Inputs() {
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("error.missing", field);
        }
        return value.strip();
    }

    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("error.missing", field);
        }
        return value;
    }

    public static BigDecimal requirePositive(BigDecimal value, String field) {
        requirePresent(value, field);
        if (value.signum() <= 0) {
            throw new InvalidInputException("error.notPositive", field, value.toPlainString());
        }
        return value;
    }

    public static BigDecimal requireNotNegative(BigDecimal value, String field) {
        requirePresent(value, field);
        if (value.signum() < 0) {
            throw new InvalidInputException("error.negative", field, value.toPlainString());
        }
        return value;
    }

    public static String requireCurrency(String code, String field) {
        requireText(code, field);
        try {
            return Currency.getInstance(code.strip()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.currency", field, code);
        }
    }

    /** Checks the form of a UN/ECE Recommendation 20 code; the code list itself is not checked yet. */
    public static String requireUnitCode(String code, String field) {
        requireText(code, field);
        if (!UNIT_CODE.matcher(code.strip()).matches()) {
            throw new InvalidInputException("error.unitCode", field, code);
        }
        return code.strip();
    }
}
