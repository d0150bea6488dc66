package org.openprocure.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads CIF 3.0 files built from the format's description: header lines, DATA, rows, ENDOFDATA. */
class CifCatalogReaderTest {

    private static final String CIF = """
            CIF_I_V3.0
            CHARSET: UTF-8
            LOADMODE: F
            CODEFORMAT: UNSPSC
            CURRENCY: EUR
            SUPPLIERID_DOMAIN: DUNS
            ITEMCOUNT: 2
            TIMESTAMP: 2026-12-01 10:15:00
            UNUOM: TRUE
            COMMENTS: Catalogue bureau 2027
            FIELDNAMES: Supplier ID,Supplier Part ID,Manufacturer Part ID,Item Description,SPSC Code,Unit Price,Unit of Measure,Lead Time,Manufacturer Name,Supplier URL,Manufacturer URL,Market Price,Currency,PriceUnitQuantity
            DATA
            123456789,CH-100,M-1,"Chaise de bureau, dossier résille",56101504,189.90,C62,10,Meubles SA,,,249.00,,
            123456789,PA-500,M-2,Ramette papier A4 80 g,14111507,4.20,PK,2,Papeterie SA,,,,USD,5
            ENDOFDATA
            """;

    @TempDir
    Path folder;

    @Test
    void headerFieldsAreRead() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.cif", CIF, StandardCharsets.UTF_8);

        try (CifCatalogReader reader = (CifCatalogReader) CatalogFormat.detect(file).open(file)) {
            assertEquals(CatalogFormat.CIF, reader.format());
            assertEquals("UTF-8", reader.charset());
            assertEquals("EUR", reader.defaultCurrency());
            assertEquals("2", reader.properties().get("ITEMCOUNT"));
            assertEquals("UNSPSC", reader.properties().get("CODEFORMAT"));
            assertEquals("2026-12-01 10:15:00", reader.properties().get("TIMESTAMP"));
            assertEquals("Supplier Part ID", reader.headerNames().get(CatalogColumn.SUPPLIER_PART_NUMBER));
        }
    }

    @Test
    void dataRowsBecomeCheckedRows() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.cif", CIF, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CIF.open(file)) {
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), reader.defaultCurrency());
            List<CatalogRecord> records = CatalogFiles.readAll(reader);
            CatalogRow chair = validator.check(records.get(0)).row();
            CatalogRow paper = validator.check(records.get(1)).row();

            assertEquals(2, records.size());
            assertEquals(13, records.get(0).rowNumber());
            assertEquals("CH-100", chair.supplierPartNumber());
            assertEquals("Chaise de bureau, dossier résille", chair.description());
            assertEquals("56101504", chair.category());
            assertEquals(0, new BigDecimal("189.90").compareTo(chair.unitPrice()));
            assertEquals("EUR", chair.currency());
            assertEquals(10, chair.leadTimeDays());
            assertEquals("USD", paper.currency());
            assertEquals(0, new BigDecimal("5").compareTo(paper.priceBasisQuantity()));
            assertEquals(100, reader.percentDone());
        }
    }

    @Test
    void defaultFieldOrderAppliesWithoutFieldNames() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.cif", """
                CIF_I_V3.0
                CURRENCY: EUR
                DATA
                987654321,ST-1,,Agrafeuse,44121615,12.00,EA,1,,,,
                ENDOFDATA
                """, StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CIF.open(file)) {
            CatalogRowValidator.Result result = new CatalogRowValidator(reader.headerNames(), reader.defaultCurrency())
                    .check(reader.next().orElseThrow());

            assertTrue(result.accepted(), result.errors().toString());
            assertEquals("ST-1", result.row().supplierPartNumber());
            assertEquals("EA", result.row().unitCode());
        }
    }

    @Test
    void latin1DeclaredCharsetIsUsed() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.cif", CIF.replace("CHARSET: UTF-8", "CHARSET: 8859_1"), StandardCharsets.ISO_8859_1);

        try (CatalogFileReader reader = CatalogFormat.CIF.open(file)) {
            assertEquals("ISO-8859-1", reader.charset());
            assertEquals("Chaise de bureau, dossier résille", reader.next().orElseThrow().value(CatalogColumn.DESCRIPTION));
        }
    }

    @Test
    void incrementalLoadModeIsRefused() {
        Path file = CatalogFiles.write(folder, "catalog.cif", CIF.replace("LOADMODE: F", "LOADMODE: I"), StandardCharsets.UTF_8);

        CatalogFileException error = assertThrows(CatalogFileException.class, () -> CatalogFormat.CIF.open(file));

        assertEquals("error.catalogImport.cifLoadMode", error.messageKey());
    }

    @Test
    void fileWithoutEndOfDataIsRefused() throws IOException {
        Path file = CatalogFiles.write(folder, "catalog.cif", CIF.replace("ENDOFDATA\n", ""), StandardCharsets.UTF_8);

        try (CatalogFileReader reader = CatalogFormat.CIF.open(file)) {
            reader.next();
            reader.next();
            CatalogFileException error = assertThrows(CatalogFileException.class, reader::next);

            assertEquals("error.catalogImport.cifNoEnd", error.messageKey());
        }
    }

    @Test
    void missingCurrencyEverywhereIsRefused() {
        Path file = CatalogFiles.write(folder, "catalog.cif", "CIF_I_V3.0\nDATA\n1,A,,B,1,2.00,EA,,,,,\nENDOFDATA\n",
                StandardCharsets.UTF_8);

        CatalogFileException error = assertThrows(CatalogFileException.class, () -> CatalogFormat.CIF.open(file));

        assertEquals("error.catalogImport.missingColumn", error.messageKey());
    }
}
