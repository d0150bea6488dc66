package org.openprocure.catalog.imports;

import java.util.Locale;

import org.openprocure.shared.Messages;

/**
 * An error in one cell of a catalog file. It is kept as a message key and arguments, so it can be
 * written later in the reader's language.
 *
 * @param rowNumber the row in the file, the header being row 1; 0 for an error about the whole file
 * @param column    the column's name as the file's header writes it, or null for an error about the whole file
 * @param value     the cell's text as written, or null when the cell is empty
 */
public record CatalogRowError(long rowNumber, String column, String value, String messageKey, Object... arguments) {

    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
