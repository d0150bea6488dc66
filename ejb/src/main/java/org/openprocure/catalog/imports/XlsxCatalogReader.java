package org.openprocure.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an Excel .xlsx workbook with StAX, one row at a time, so that only the
 * shared strings table stays in memory. The first row is the header. Numbers are read as Excel
 * stores them, with a decimal point, whatever the format shown in Excel.
 */
final class XlsxCatalogReader implements CatalogFileReader {

    // NOTE: the first sheet is assumed to be xl/worksheets/sheet1.xml instead of being looked up in
    // xl/workbook.xml. A workbook whose sheets were reordered may therefore be read from another sheet.
    private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final ZipFile zip;
    private final List<String> sharedStrings;
    private final long sheetSize;
    private final CountingInputStream counted;
    private final XMLStreamReader sheet;
    private final HeaderRow header;
    private long lastRowNumber;

    XlsxCatalogReader(Path file) throws IOException {
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new CatalogFileException("error.catalogImport.xlsxUnreadable");
        }
        try {
            this.sharedStrings = readSharedStrings(zip);
            ZipEntry entry = zip.getEntry(FIRST_SHEET);
            if (entry == null) {
                throw new CatalogFileException("error.catalogImport.xlsxUnreadable");
            }
            this.sheetSize = entry.getSize();
            this.counted = new CountingInputStream(zip.getInputStream(entry));
            this.sheet = factory().createXMLStreamReader(counted);
            Row first = nextRow();
            if (first == null) {
                throw new CatalogFileException("error.catalogImport.empty");
            }
            this.header = new HeaderRow(first.cells(), List.of());
        } catch (XMLStreamException e) {
            zip.close();
            throw new CatalogFileException("error.catalogImport.xlsxUnreadable");
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    /** Returns a StAX factory that never resolves a DTD or an external entity. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static List<String> readSharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry(SHARED_STRINGS);
        if (entry == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            StringBuilder text = null;
            boolean inPhonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> inPhonetic = true;
                        case "t" -> {
                            String part = xml.getElementText();
                            if (text != null && !inPhonetic) {
                                text.append(part);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("si".equals(xml.getLocalName()) && text != null) {
                        strings.add(text.toString());
                        text = null;
                    } else if ("rPh".equals(xml.getLocalName())) {
                        inPhonetic = false;
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    /** A sheet row: its number as Excel shows it, and its cells by column position (null for empty cells). */
    private record Row(long number, List<String> cells) {
    }

    private Row nextRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                return readRow();
            }
        }
        return null;
    }

    private Row readRow() throws XMLStreamException {
        String numberAttribute = sheet.getAttributeValue(null, "r");
        List<String> cells = new ArrayList<>();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                int column = columnIndex(sheet.getAttributeValue(null, "r"), cells.size());
                String value = readCell(sheet.getAttributeValue(null, "t"));
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, value);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                break;
            }
        }
        lastRowNumber = numberAttribute == null ? lastRowNumber + 1 : Long.parseLong(numberAttribute.strip());
        return new Row(lastRowNumber, cells);
    }

    /** Reads the cell's value up to its end tag: a shared string index, inline text, or a number or text as it is. */
    private String readCell(String type) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && ("v".equals(sheet.getLocalName()) || "t".equals(sheet.getLocalName()))) {
                value.append(sheet.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(sheet.getLocalName())) {
                break;
            }
        }
        if ("s".equals(type) && !value.isEmpty()) {
            int index = Integer.parseInt(value.toString().strip());
            return index < sharedStrings.size() ? sharedStrings.get(index) : null;
        }
        return value.isEmpty() ? null : value.toString();
    }

    /** Turns a cell reference such as "C12" into the column position 2; without a reference the cell follows the previous one. */
    static int columnIndex(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public CatalogFormat format() {
        return CatalogFormat.XLSX;
    }

    @Override
    public String charset() {
        return null;
    }

    @Override
    public Map<CatalogColumn, String> headerNames() {
        return header.names();
    }

    @Override
    public Optional<CatalogRecord> next() throws IOException {
        try {
            Row row;
            while ((row = nextRow()) != null) {
                CatalogRecord record = header.record(row.number(), row.cells());
                if (record != null) {
                    return Optional.of(record);
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw new CatalogFileException("error.catalogImport.xlsxUnreadable");
        }
    }

    @Override
    public int percentDone() {
        return CountingInputStream.percent(counted.count(), sheetSize);
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot close the sheet reader", e);
        } finally {
            zip.close();
        }
    }
}
