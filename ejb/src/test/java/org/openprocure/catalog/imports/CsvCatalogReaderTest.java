package org.openprocure.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogReaderTest {

    private static final String FRENCH_CATALOG = """
            Référence fournisseur;Désignation;Prix unitaire;Devise;Quantité de base;Unité;Catégorie;Délai
            CAB-001;Câble électrique 3G1,5 (rouleau de 100 m);1 234,50;EUR;1;C62;39121000;3
            CAB-002;"Gaine ""ICTA"" 20 mm; grise";0,85;EUR;100;MTR;39131700;
            """;

    @TempDir
    Path folder;

    @Test
    void windows1252FileIsDetectedAndRead() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", FRENCH_CATALOG, TextEncoding.WINDOWS_1252);

        try (CatalogFileReader reader = CatalogFormat.detect(file).open(file)) {
            List<CatalogRecord> rows = CatalogFiles.readAll(reader);

            assertEquals(CatalogFormat.CSV, reader.format());
            assertEquals("windows-1252", reader.charset());
            assertEquals(2, rows.size());
            assertEquals("Câble électrique 3G1,5 (rouleau de 100 m)", rows.get(0).value(CatalogColumn.DESCRIPTION));
            assertEquals("Gaine \"ICTA\" 20 mm; grise", rows.get(1).value(CatalogColumn.DESCRIPTION));
        }
    }

    @Test
    void utf8FileIsDetectedAndRead() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", FRENCH_CATALOG, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            List<CatalogRecord> rows = CatalogFiles.readAll(reader);

            assertEquals("UTF-8", reader.charset());
            assertEquals("Câble électrique 3G1,5 (rouleau de 100 m)", rows.get(0).value(CatalogColumn.DESCRIPTION));
        }
    }

    @Test
    void byteOrderMarkDoesNotHideFirstColumn() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", "\uFEFF" + FRENCH_CATALOG, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            assertEquals("CAB-001", reader.next().orElseThrow().value(CatalogColumn.SUPPLIER_PART_NUMBER));
        }
    }

    @Test
    void rowsAreNumberedAsSpreadsheetRows() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", FRENCH_CATALOG, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            List<CatalogRecord> rows = CatalogFiles.readAll(reader);

            assertEquals(2, rows.get(0).rowNumber());
            assertEquals(3, rows.get(1).rowNumber());
        }
    }

    @Test
    void decimalCommaAndNoBreakSpaceGivePrice() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", FRENCH_CATALOG, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), null);
            CatalogRow first = validator.check(reader.next().orElseThrow()).row();
            CatalogRow second = validator.check(reader.next().orElseThrow()).row();

            assertEquals(0, new BigDecimal("1234.50").compareTo(first.unitPrice()));
            assertEquals(3, first.leadTimeDays());
            assertEquals(0, new BigDecimal("100").compareTo(second.priceBasisQuantity()));
            assertEquals("MTR", second.unitCode());
            assertNull(second.leadTimeDays());
        }
    }

    @Test
    void englishHeaderIsAccepted() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.csv", """
                Supplier part number;Description;Unit price;Currency;Unit
                P-1;Paper A4;4,20;EUR;PK
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            CatalogRow row = new CatalogRowValidator(reader.headerNames(), null).check(reader.next().orElseThrow()).row();

            assertEquals("P-1", row.supplierPartNumber());
            assertEquals(0, BigDecimal.ONE.compareTo(row.priceBasisQuantity()));
        }
    }

    @Test
    void commaSeparatedFileIsRead() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.csv", """
                supplier part number,description,unit price,currency,unit
                P-1,"Paper A4, white",4.20,EUR,PK
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            assertEquals("Paper A4, white", reader.next().orElseThrow().value(CatalogColumn.DESCRIPTION));
        }
    }

    @Test
    void errorsNameRowAndColumnOfFile() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", """
                Référence fournisseur;Désignation;Prix unitaire;Devise;Unité
                OK-1;Agrafes;3,10;EUR;C62
                BAD-1;Trombones;trois euros;EUR;C62
                BAD-2;;2,00;EURO;C62
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), null);
            List<CatalogRowValidator.Result> results = CatalogFiles.readAll(reader).stream().map(validator::check).toList();

            assertTrue(results.get(0).accepted());
            CatalogRowError price = results.get(1).errors().get(0);
            assertEquals(3, price.rowNumber());
            assertEquals("Prix unitaire", price.column());
            assertEquals("trois euros", price.value());
            assertEquals("La colonne «\u00a0Prix unitaire\u00a0» contient «\u00a0trois euros\u00a0», qui n'est pas un nombre.",
                    price.message(Locale.FRENCH));
            assertEquals("The column \"Prix unitaire\" contains \"trois euros\", which is not a number.", price.message(Locale.ENGLISH));
            List<CatalogRowError> row4 = results.get(2).errors();
            assertEquals(2, row4.size());
            assertEquals("Désignation", row4.get(0).column());
            assertEquals("Devise", row4.get(1).column());
            assertEquals("EURO", row4.get(1).value());
        }
    }

    @Test
    void missingRequiredColumnRefusesFile() {
        Path file = CatalogFiles.write(folder, "catalogue.csv", "Référence fournisseur;Désignation;Devise;Unité\nA;B;EUR;C62\n",
                StandardCharsets.UTF_8);

        CatalogFileException error = assertThrows(CatalogFileException.class, () -> CatalogFormat.CSV.open(file));

        assertEquals("L'en-tête n'a pas la colonne obligatoire «\u00a0prix unitaire\u00a0» (en anglais «\u00a0unit price\u00a0»).",
                error.describe(Locale.FRENCH));
    }

    @Test
    void duplicatePartNumberRejected() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", """
                Référence fournisseur;Désignation;Prix unitaire;Devise;Unité
                A-1;Agrafes;3,10;EUR;C62
                A-1;Agrafes encore;3,20;EUR;C62
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), null);
            List<CatalogRowValidator.Result> results = CatalogFiles.readAll(reader).stream().map(validator::check).toList();

            assertTrue(results.get(0).accepted());
            assertEquals("error.catalogImport.duplicatePart", results.get(1).errors().get(0).messageKey());
            assertEquals(3, results.get(1).errors().get(0).rowNumber());
        }
    }

    @Test
    void blankRowsAreSkipped() throws IOException {
        Path file = CatalogFiles.write(folder, "catalogue.csv", """
                Référence fournisseur;Désignation;Prix unitaire;Devise;Unité
                ;;;;
                A-1;Agrafes;3,10;EUR;C62
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CSV.open(file)) {
            List<CatalogRecord> rows = CatalogFiles.readAll(reader);

            assertEquals(1, rows.size());
            assertEquals(3, rows.get(0).rowNumber());
            assertEquals(100, reader.percentDone());
        }
    }
}
