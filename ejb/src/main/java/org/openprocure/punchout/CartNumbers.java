package org.openprocure.punchout;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.openprocure.shared.InvalidInputException;

/**
 * Reads the numbers of a cart the way real shops write them: surrounding spaces, zero padding to a
 * fixed width such as {@code 00000000016.180}, and a decimal comma when the number has no point.
 */
public final class CartNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?|[+-]?\\.[0-9]+|[+-]?[0-9]+\\.");

    private CartNumbers() {
    }

    /**
     * Returns the decimal, or null when the value is absent or blank.
     *
     * @throws InvalidInputException naming the field, the value and the cart line when it is not a decimal number
     */
    public static BigDecimal optional(String value, String field, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0 && text.indexOf(',') == text.lastIndexOf(',')) {
            text = text.replace(',', '.');
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidInputException("error.punchOut.number", field, value, String.valueOf(line));
        }
        return new BigDecimal(text.endsWith(".") ? text + "0" : text);
    }

    /** Returns the decimal, which must be present. */
    public static BigDecimal required(String value, String field, int line) {
        BigDecimal number = optional(value, field, line);
        if (number == null) {
            throw new InvalidInputException("error.punchOut.missingField", field, String.valueOf(line));
        }
        return number;
    }
}
