package org.openprocure.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The file formats a supplier catalog can come in, recognised from the file's first bytes. */
public enum CatalogFormat {

    /** Text with a header row, semicolons between cells and a decimal comma, as French spreadsheets save it. */
    CSV,
    /** An Office Open XML workbook (Excel 2007 and later); the first sheet is read. */
    XLSX,
    /** Ariba's Catalog Interchange Format 3.0: a header block, then comma-separated rows between DATA and ENDOFDATA. */
    CIF;

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] CIF_SIGNATURE = "CIF_I_V".getBytes(StandardCharsets.US_ASCII);

    public static CatalogFormat detect(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(16);
        }
        int offset = TextEncoding.startsWithUtf8Bom(start) ? 3 : 0;
        if (startsWith(start, 0, ZIP_SIGNATURE)) {
            return XLSX;
        }
        return startsWith(start, offset, CIF_SIGNATURE) ? CIF : CSV;
    }

    /** Opens a reader of this format on the file; the caller closes it. */
    public CatalogFileReader open(Path file) throws IOException {
        return switch (this) {
            case CSV -> new CsvCatalogReader(file);
            case XLSX -> new XlsxCatalogReader(file);
            case CIF -> new CifCatalogReader(file);
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
