package org.openprocure.catalog.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV catalog: a header row, then one item per row. Cells are separated by semicolons, as
 * French spreadsheets save them, or by commas or tabs when the header row contains no semicolon.
 * The character set is detected, UTF-8 or Windows-1252.
 */
final class CsvCatalogReader implements CatalogFileReader {

    private final Charset charset;
    private final long fileSize;
    private final CountingInputStream counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderRow header;

    CsvCatalogReader(Path file) throws IOException {
        this.charset = TextEncoding.detect(file);
        this.fileSize = Files.size(file);
        char delimiter = delimiter(file, charset);
        this.counted = new CountingInputStream(Files.newInputStream(file));
        Reader reader = new BufferedReader(new InputStreamReader(counted, charset));
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new CatalogFileException("error.catalogImport.empty");
        }
        this.header = new HeaderRow(records.next().toList(), List.of());
    }

    private static char delimiter(Path file, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.indexOf(';') >= 0) {
                return ';';
            }
            if (firstLine.indexOf('\t') >= 0) {
                return '\t';
            }
            return ',';
        }
    }

    @Override
    public CatalogFormat format() {
        return CatalogFormat.CSV;
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
    public Optional<CatalogRecord> next() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            CatalogRecord row = header.record(record.getRecordNumber(), record.toList());
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    @Override
    public int percentDone() {
        return CountingInputStream.percent(counted.count(), fileSize);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
