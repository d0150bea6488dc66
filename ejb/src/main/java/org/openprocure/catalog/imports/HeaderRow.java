package org.openprocure.catalog.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The columns a header row names, by cell position, checked for the required ones. */
final class HeaderRow {

    private final CatalogColumn[] columnAt;
    private final Map<CatalogColumn, String> names = new EnumMap<>(CatalogColumn.class);

    /**
     * Reads the header cells. Cells naming no known column are ignored, so a file may carry columns
     * of its own.
     *
     * @param optionalColumns columns that this format may supply elsewhere, such as the CIF header's currency
     * @throws CatalogFileException when a required column is missing or a column appears twice
     */
    HeaderRow(List<String> cells, List<CatalogColumn> optionalColumns) {
        columnAt = new CatalogColumn[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            CatalogColumn column = CatalogColumn.named(cells.get(i)).orElse(null);
            if (column != null && names.containsKey(column)) {
                throw new CatalogFileException("error.catalogImport.duplicateColumn", cells.get(i).strip());
            }
            if (column != null) {
                names.put(column, cells.get(i).replace("\uFEFF", "").strip());
                columnAt[i] = column;
            }
        }
        for (CatalogColumn column : CatalogColumn.values()) {
            if (column.required() && !names.containsKey(column) && !optionalColumns.contains(column)) {
                throw new CatalogFileException("error.catalogImport.missingColumn", column.frenchName(), column.englishName());
            }
        }
    }

    /** Returns the column of the cell at this position, or null when the header names none there. */
    CatalogColumn columnAt(int index) {
        return index < columnAt.length ? columnAt[index] : null;
    }

    Map<CatalogColumn, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** Returns the cells as a record, or null when every cell of a known column is blank. */
    CatalogRecord record(long rowNumber, List<String> cells) {
        Map<CatalogColumn, String> values = new EnumMap<>(CatalogColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            CatalogColumn column = columnAt(i);
            String cell = cells.get(i);
            if (column != null && cell != null && !cell.isBlank()) {
                values.put(column, cell);
            }
        }
        return values.isEmpty() ? null : new CatalogRecord(rowNumber, values);
    }
}
