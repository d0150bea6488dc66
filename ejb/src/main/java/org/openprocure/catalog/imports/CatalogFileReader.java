package org.openprocure.catalog.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Reads a catalog file one data row at a time, so a file of any size needs little memory. */
public interface CatalogFileReader extends Closeable {

    CatalogFormat format();

    /** Returns the character set the text was read in, detected or declared, or null for .xlsx (always Unicode). */
    String charset();

    /** Returns the name each recognised column has in the file's header, for error reports. */
    Map<CatalogColumn, String> headerNames();

    /** Returns the currency that rows without a currency take, as a CIF header declares it, or null. */
    default String defaultCurrency() {
        return null;
    }

    /** Returns the next data row, or nothing at the end of the data. */
    Optional<CatalogRecord> next() throws IOException;

    /** Returns how much of the file has been read, from 0 to 100. */
    int percentDone();
}
