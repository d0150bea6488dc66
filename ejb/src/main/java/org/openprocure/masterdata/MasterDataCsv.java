package org.openprocure.masterdata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.openprocure.shared.InvalidInputException;

/**
 * Reads a master-data CSV file: UTF-8, with or without a byte-order mark, a header row naming the
 * columns (in any order and case), then one record per row. Cells are separated by semicolons, as
 * French spreadsheets save them, or by commas when the header row contains no semicolon.
 */
final class MasterDataCsv {

    /** Largest file accepted: 10 MiB, which is also WildFly's default max-post-size for the whole request. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** One data row: its spreadsheet row number and its cells by column name; a missing cell is an empty string. */
    record Row(long number, Map<String, String> cells) {

        String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private MasterDataCsv() {
    }

    static List<Row> read(byte[] content, MasterDataKind kind) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("error.masterData.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("error.masterData.tooLarge", content.length, MAX_BYTES);
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new InvalidInputException("error.masterData.empty");
            }
            Map<Integer, String> columns = header(records.get(0), kind);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> cells = new HashMap<>();
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    cells.put(column.getValue(), column.getKey() < record.size() ? record.get(column.getKey()) : "");
                }
                rows.add(new Row(record.getRecordNumber(), cells));
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("error.masterData.noRows");
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("error.masterData.unreadable", e.getMessage());
        }
    }

    /** Returns the column names by position, in the spelling of {@link MasterDataKind}, after checking them. */
    private static Map<Integer, String> header(CSVRecord header, MasterDataKind kind) {
        Map<String, String> known = new HashMap<>();
        kind.requiredColumns().forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        kind.optionalColumns().forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            String name = known.get(written.toLowerCase(Locale.ROOT));
            if (name == null) {
                throw new InvalidInputException("error.masterData.unknownColumn", written, columnList(kind));
            }
            if (columns.containsValue(name)) {
                throw new InvalidInputException("error.masterData.repeatedColumn", written);
            }
            columns.put(i, name);
        }
        for (String required : kind.requiredColumns()) {
            if (!columns.containsValue(required)) {
                throw new InvalidInputException("error.masterData.missingColumn", required, columnList(kind));
            }
        }
        return columns;
    }

    static String columnList(MasterDataKind kind) {
        List<String> all = new ArrayList<>(kind.requiredColumns());
        all.addAll(kind.optionalColumns());
        return String.join(", ", all);
    }

    /** Decodes strict UTF-8 and names the first byte that is not, so the sender can find it. */
    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The buffer stops at the first byte of the invalid sequence; the message counts bytes from 1.
            throw new InvalidInputException("error.masterData.notUtf8", in.position() + 1L);
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
