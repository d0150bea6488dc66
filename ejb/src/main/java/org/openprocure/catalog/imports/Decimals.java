package org.openprocure.catalog.imports;

import java.math.BigDecimal;

import org.openprocure.shared.InvalidInputException;

/**
 * Reads numbers as French users write them: a decimal comma, spaces or no-break spaces between
 * thousands ("1 234,50"). A decimal point is read too, as Excel stores numbers and CIF writes them.
 * When both signs appear, the last one is the decimal sign ("1.234,50" and "1,234.50").
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal parse(String text, String columnName) {
        String compact = text.strip().replaceAll("[\\s\\u00a0\\u202f']", "");
        int comma = compact.lastIndexOf(',');
        int point = compact.lastIndexOf('.');
        String normalized;
        if (comma >= 0 && point >= 0) {
            normalized = comma > point ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        } else {
            normalized = compact.replace(',', '.');
        }
        if (!normalized.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            throw new InvalidInputException("error.catalogImport.number", columnName, text.strip());
        }
        BigDecimal value = new BigDecimal(normalized);
        if (value.precision() - value.scale() > 13 || Math.max(value.stripTrailingZeros().scale(), 0) > 6) {
            throw new InvalidInputException("error.decimalRange", columnName, text.strip());
        }
        return value;
    }
}
