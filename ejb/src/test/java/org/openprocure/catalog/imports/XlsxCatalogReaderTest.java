package org.openprocure.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads workbooks that Apache POI writes the way Excel does, with shared strings and numeric cells. */
class XlsxCatalogReaderTest {

    @TempDir
    Path folder;

    private Path workbook(Object[]... rows) throws IOException {
        Path file = folder.resolve("catalogue.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Catalogue");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void sheetRowsAreRead() throws IOException {
        Path file = workbook(
                new Object[]{"Référence fournisseur", "Désignation", "Prix unitaire", "Devise", "Unité", "Catégorie"},
                new Object[]{"CAB-001", "Câbles électriques", 12.5, "EUR", "C62", "39121000"},
                new Object[]{"CAB-002", "Gaine grise", "0,85", "EUR", "MTR", null});

        try (CatalogFileReader reader = CatalogFormat.detect(file).open(file)) {
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), null);
            List<CatalogRecord> records = CatalogFiles.readAll(reader);
            CatalogRow first = validator.check(records.get(0)).row();
            CatalogRow second = validator.check(records.get(1)).row();

            assertEquals(CatalogFormat.XLSX, reader.format());
            assertNull(reader.charset());
            assertEquals(2, records.get(0).rowNumber());
            assertEquals("Câbles électriques", first.description());
            assertEquals(0, new BigDecimal("12.5").compareTo(first.unitPrice()));
            assertEquals("39121000", first.category());
            assertEquals(0, new BigDecimal("0.85").compareTo(second.unitPrice()));
            assertNull(second.category());
            assertEquals(100, reader.percentDone());
        }
    }

    @Test
    void emptyCellsKeepColumnsInPlace() throws IOException {
        Path file = workbook(
                new Object[]{"supplier part number", "description", "unit price", "currency", "unit", "lead time"},
                new Object[]{"P-1", null, 3, "EUR", "C62", 4});

        try (CatalogFileReader reader = CatalogFormat.XLSX.open(file)) {
            CatalogRowValidator.Result result = new CatalogRowValidator(reader.headerNames(), null).check(reader.next().orElseThrow());

            assertEquals(1, result.errors().size());
            assertEquals("description", result.errors().get(0).column());
            assertEquals(2, result.errors().get(0).rowNumber());
        }
    }

    @Test
    void numberStoredAsWholeNumberGivesLeadTime() throws IOException {
        Path file = workbook(
                new Object[]{"supplier part number", "description", "unit price", "currency", "unit", "lead time"},
                new Object[]{"P-1", "Stylo", 1.2, "EUR", "C62", 4});

        try (CatalogFileReader reader = CatalogFormat.XLSX.open(file)) {
            CatalogRowValidator.Result result = new CatalogRowValidator(reader.headerNames(), null).check(reader.next().orElseThrow());

            assertTrue(result.accepted(), result.errors().toString());
            assertEquals(4, result.row().leadTimeDays());
        }
    }

    @Test
    void zipThatIsNoWorkbookIsRefused() throws IOException {
        Path file = folder.resolve("not-a-workbook.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        CatalogFileException error = assertThrows(CatalogFileException.class, () -> CatalogFormat.detect(file).open(file));

        assertEquals("error.catalogImport.xlsxUnreadable", error.messageKey());
    }
}
