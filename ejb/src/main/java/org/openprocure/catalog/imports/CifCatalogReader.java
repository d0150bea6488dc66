package org.openprocure.catalog.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a cXML Catalog Interchange Format 3.0 file, as Ariba defines it: the line CIF_I_V3.0, header
 * lines "NAME: value" (CHARSET, LOADMODE, CODEFORMAT, CURRENCY, SUPPLIERID_DOMAIN, ITEMCOUNT,
 * TIMESTAMP, UNUOM, COMMENTS, FIELDNAMES), the line DATA, comma-separated item rows, and the line
 * ENDOFDATA. Without FIELDNAMES the rows follow the CIF 3.0 default field order.
 */
final class CifCatalogReader implements CatalogFileReader {

    /** The CIF 3.0 field order of rows when the header has no FIELDNAMES line. */
    static final List<String> DEFAULT_FIELDS = List.of("Supplier ID", "Supplier Part ID", "Manufacturer Part ID",
            "Item Description", "SPSC Code", "Unit Price", "Unit of Measure", "Lead Time", "Manufacturer Name",
            "Supplier URL", "Manufacturer URL", "Market Price");

    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final String SIGNATURE = "CIF_I_V3.0";
    private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private final Map<String, String> properties;
    private final Charset charset;
    private final long fileSize;
    private final int headerLines;
    private final long dataOffset;
    private final CountingInputStream counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderRow header;
    private boolean endOfData;

    CifCatalogReader(Path file) throws IOException {
        this.fileSize = Files.size(file);
        Map<String, String> header = new LinkedHashMap<>();
        long offset;
        int lines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CountingInputStream headerBytes = new CountingInputStream(in);
            String line = readLine(headerBytes);
            lines++;
            if (line == null || !line.replace(UTF8_BOM_AS_LATIN1, "").strip().equals(SIGNATURE)) {
                throw new CatalogFileException("error.catalogImport.cifVersion", line == null ? "" : line.strip());
            }
            while ((line = readLine(headerBytes)) != null && !line.strip().equalsIgnoreCase("DATA")) {
                lines++;
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(0, colon).strip().toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
            if (line == null) {
                throw new CatalogFileException("error.catalogImport.cifNoData");
            }
            lines++;
            offset = headerBytes.count();
        }
        this.properties = Collections.unmodifiableMap(header);
        this.headerLines = lines;
        this.dataOffset = offset;
        this.charset = charset(header.get("CHARSET"), file);
        checkLoadMode(header.get("LOADMODE"));

        this.header = new HeaderRow(fieldNames(header.get("FIELDNAMES")), List.of(CatalogColumn.CURRENCY));
        if (!this.header.names().containsKey(CatalogColumn.CURRENCY) && header.get("CURRENCY") == null) {
            throw new CatalogFileException("error.catalogImport.missingColumn", CatalogColumn.CURRENCY.frenchName(), "Currency");
        }

        InputStream data = Files.newInputStream(file);
        data.skipNBytes(dataOffset);
        this.counted = new CountingInputStream(data);
        this.parser = ROWS.parse(new BufferedReader(new InputStreamReader(counted, charset)));
        this.records = parser.iterator();
    }

    private static Charset charset(String declared, Path file) throws IOException {
        if (declared == null || declared.isBlank()) {
            return TextEncoding.detect(file);
        }
        try {
            return Charset.forName(declared.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CatalogFileException("error.catalogImport.cifCharset", declared.strip());
        }
    }

    /** Refuses incremental files (LOADMODE I), because every import here replaces the whole catalog. */
    private static void checkLoadMode(String loadMode) {
        if (loadMode != null && !loadMode.isBlank() && !loadMode.strip().toUpperCase(Locale.ROOT).startsWith("F")) {
            throw new CatalogFileException("error.catalogImport.cifLoadMode", loadMode.strip());
        }
    }

    private static List<String> fieldNames(String declared) throws IOException {
        if (declared == null || declared.isBlank()) {
            return DEFAULT_FIELDS;
        }
        try (CSVParser names = ROWS.parse(new StringReader(declared))) {
            return names.iterator().next().toList();
        }
    }

    /** Reads one line of the header, which CIF writes in ASCII, and counts its bytes with its line end. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Returns the header lines by upper-case name, such as ITEMCOUNT or TIMESTAMP. */
    Map<String, String> properties() {
        return properties;
    }

    @Override
    public CatalogFormat format() {
        return CatalogFormat.CIF;
    }

    @Override
    public String charset() {
        return charset.name();
    }

    @Override
    public Map<CatalogColumn, String> headerNames() {
        return header.names();
    }

    @Override
    public String defaultCurrency() {
        return properties.get("CURRENCY");
    }

    @Override
    public Optional<CatalogRecord> next() {
        while (!endOfData && records.hasNext()) {
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).strip().equalsIgnoreCase("ENDOFDATA")) {
                endOfData = true;
                return Optional.empty();
            }
            CatalogRecord row = header.record(headerLines + record.getRecordNumber(), record.toList());
            if (row != null) {
                return Optional.of(row);
            }
        }
        if (!endOfData) {
            throw new CatalogFileException("error.catalogImport.cifNoEnd");
        }
        return Optional.empty();
    }

    @Override
    public int percentDone() {
        return CountingInputStream.percent(dataOffset + counted.count(), fileSize);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
