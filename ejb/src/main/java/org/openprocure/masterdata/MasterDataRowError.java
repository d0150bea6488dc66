package org.openprocure.masterdata;

/**
 * Error in one cell of a CSV file, described in the caller's language.
 *
 * @param row    the row number as a spreadsheet shows it: the header is row 1
 * @param value  the cell as written, or an empty string for an empty cell
 */
public record MasterDataRowError(long row, String column, String value, String message, String fix) {
}
