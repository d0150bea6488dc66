package org.openprocure.catalog.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * Checks catalog file rows one by one, every cell of a row, so a report lists all the errors of
 * the file at once. It remembers the part numbers it accepted, so a part number that comes twice is
 * an error on its second row.
 */
public final class CatalogRowValidator {

    private static final int MAX_PART_NUMBER = 128;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_LEAD_TIME_DAYS = 3650;

    private final Map<CatalogColumn, String> headerNames;
    private final String defaultCurrency;
    private final Set<String> partNumbers = new HashSet<>();

    public CatalogRowValidator(Map<CatalogColumn, String> headerNames, String defaultCurrency) {
        this.headerNames = headerNames;
        this.defaultCurrency = defaultCurrency;
    }

    /** The outcome for one row: the checked row when {@code errors} is empty, else null. */
    public record Result(CatalogRow row, List<CatalogRowError> errors) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    public Result check(CatalogRecord record) {
        List<CatalogRowError> errors = new ArrayList<>();
        Cells cells = new Cells(record, errors);

        String partNumber = cells.read(CatalogColumn.SUPPLIER_PART_NUMBER, (value, name) -> Inputs.requireText(value, name, MAX_PART_NUMBER));
        String description = cells.read(CatalogColumn.DESCRIPTION, (value, name) -> Inputs.requireText(value, name, MAX_DESCRIPTION));
        BigDecimal unitPrice = cells.read(CatalogColumn.UNIT_PRICE,
                (value, name) -> Inputs.requireNotNegative(Decimals.parse(Inputs.requireText(value, name), name), name));
        String currency = cells.read(CatalogColumn.CURRENCY,
                (value, name) -> Inputs.requireCurrency(value == null ? defaultCurrency : value, name));
        BigDecimal basis = cells.read(CatalogColumn.PRICE_BASIS_QUANTITY,
                (value, name) -> value == null || value.isBlank() ? BigDecimal.ONE : Inputs.requirePositive(Decimals.parse(value, name), name));
        String unitCode = cells.read(CatalogColumn.UNIT, (value, name) -> Inputs.requireUnitCode(value, name));
        String category = cells.read(CatalogColumn.CATEGORY, (value, name) -> Inputs.optionalCode(value, name));
        Integer leadTime = cells.read(CatalogColumn.LEAD_TIME, (value, name) -> leadTimeDays(value, name));

        if (partNumber != null && errors.stream().noneMatch(e -> e.column().equals(name(CatalogColumn.SUPPLIER_PART_NUMBER)))
                && !partNumbers.add(partNumber)) {
            errors.add(new CatalogRowError(record.rowNumber(), name(CatalogColumn.SUPPLIER_PART_NUMBER), partNumber,
                    "error.catalogImport.duplicatePart", partNumber));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new CatalogRow(record.rowNumber(), partNumber, description, unitPrice, currency, basis, unitCode, category,
                leadTime), List.of());
    }

    private static Integer leadTimeDays(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal days = Decimals.parse(value, name);
        if (days.signum() < 0 || days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(MAX_LEAD_TIME_DAYS)) > 0) {
            throw new InvalidInputException("error.catalogImport.leadTime", name, value.strip(), String.valueOf(MAX_LEAD_TIME_DAYS));
        }
        return days.intValueExact();
    }

    private String name(CatalogColumn column) {
        return headerNames.getOrDefault(column, column.englishName());
    }

    /** A check of one cell that gets the raw value and the column's name as the file writes it. */
    private interface CellCheck<T> {
        T apply(String value, String columnName);
    }

    /** Reads the cells of one row and turns each failed check into an error of that cell. */
    private final class Cells {

        private final CatalogRecord record;
        private final List<CatalogRowError> errors;

        Cells(CatalogRecord record, List<CatalogRowError> errors) {
            this.record = record;
            this.errors = errors;
        }

        <T> T read(CatalogColumn column, CellCheck<T> check) {
            String value = record.value(column);
            String columnName = name(column);
            try {
                return check.apply(value, columnName);
            } catch (InvalidInputException e) {
                errors.add(new CatalogRowError(record.rowNumber(), columnName, clip(value), e.messageKey(), e.arguments()));
                return null;
            }
        }
    }

    /** Keeps a stored cell value within its column of 255 characters. */
    private static String clip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= 255 ? stripped : stripped.substring(0, 254) + "\u2026";
    }
}
