package org.openprocure.catalog;

/** The handling of a catalog file in which some rows have errors. */
public enum CatalogImportMode {
    /** Imports the valid rows and reports the others. */
    ACCEPT_VALID_ROWS,
    /** Imports nothing when any row has an error, so the previous version stays active. */
    REFUSE_WHOLE_FILE
}
