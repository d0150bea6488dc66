package org.openprocure.outbound.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.outbound.ubl.TestDocuments;

/** Writes printable orders in the supplier's language, with French number and date formats for French. */
class OrderPdfWriterTest {

    private static final char NO_BREAK_SPACE = '\u00a0';

    @Test
    void frenchOrderHasFrenchLabelsAndFormats() throws IOException {
        String text = text(OrderPdfWriter.write(TestDocuments.order(0, null), Locale.FRENCH));

        assertTrue(text.contains("Bon de commande PO-000042"), text);
        assertTrue(text.contains("Désignation"), text);
        assertTrue(text.contains("Chaise de bureau ergonomique"), text);
        assertTrue(text.contains("1" + NO_BREAK_SPACE + "245,00"), text);
        assertTrue(text.contains("249,00"), text);
        assertTrue(text.contains("15/01/2027"), text);
        assertTrue(text.replaceAll("[ \\r\\n]+", " ").contains("12,50 les 1" + NO_BREAK_SPACE + "000"), text);
        assertTrue(text.contains("Total HT" + NO_BREAK_SPACE + ": 1" + NO_BREAK_SPACE + "258,13 EUR"), text);
        assertFalse(text.contains("Purchase order"), text);
    }

    @Test
    void englishOrderHasEnglishLabelsAndFormats() throws IOException {
        String text = text(OrderPdfWriter.write(TestDocuments.order(0, null), Locale.ENGLISH));

        assertTrue(text.contains("Purchase order PO-000042"), text);
        assertTrue(text.contains("1,245.00"), text);
        assertTrue(text.contains("Jan 15, 2027"), text);
        assertTrue(text.contains("Total excluding VAT: 1,258.13 EUR"), text);
    }

    @Test
    void changedAndCancelledOrdersSaySo() throws IOException {
        String changed = text(OrderPdfWriter.write(TestDocuments.order(2, null), Locale.FRENCH));
        String cancelled = text(OrderPdfWriter.write(TestDocuments.order(1, "Projet abandonné"), Locale.FRENCH));

        assertTrue(changed.contains("Révision 2"), changed);
        assertTrue(cancelled.contains("ANNULÉE" + NO_BREAK_SPACE + ": Projet abandonné"), cancelled);
    }

    @Test
    void amountsRoundHalfUp() {
        assertEquals("0,13", OrderPdfWriter.amount(new BigDecimal("0.125"), Locale.FRENCH));
        assertEquals("1" + NO_BREAK_SPACE + "050", OrderPdfWriter.number(new BigDecimal("1050"), Locale.FRENCH));
        assertEquals("2,5", OrderPdfWriter.number(new BigDecimal("2.500"), Locale.FRENCH));
        assertEquals("31/01/2027", OrderPdfWriter.date(LocalDate.of(2027, 1, 31), Locale.FRENCH));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
