package org.openprocure.catalog.imports;

import java.util.Map;

/**
 * One data row of a catalog file as written, before any check.
 *
 * @param rowNumber the row's number in the file as a spreadsheet counts it, the header row being 1
 * @param values    the raw cell text by column, absent when the cell is empty or the column missing
 */
public record CatalogRecord(long rowNumber, Map<CatalogColumn, String> values) {

    public String value(CatalogColumn column) {
        return values.get(column);
    }
}
