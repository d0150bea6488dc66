package org.openprocure.catalog.imports;

import org.openprocure.shared.InvalidInputException;

/** A catalog file that cannot be read at all, such as one without a required column; no row of it is imported. */
public class CatalogFileException extends InvalidInputException {

    public CatalogFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
