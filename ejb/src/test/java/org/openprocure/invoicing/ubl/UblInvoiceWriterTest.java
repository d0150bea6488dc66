package org.openprocure.invoicing.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.validation.InvoiceRules;
import org.openprocure.invoicing.validation.InvoiceXml;
import org.openprocure.invoicing.validation.ValidationOutcome;

/** Invoices written on the portal pass the EN 16931 rules and read back with the values the supplier entered. */
class UblInvoiceWriterTest {

    private static final InvoiceRules RULES = new InvoiceRules();

    private static final UblInvoiceWriter.Invoice INVOICE = new UblInvoiceWriter.Invoice("FAC-2026-017", LocalDate.of(2026, 12, 4), "EUR",
            "PO-1001", new UblInvoiceWriter.Party("Bureau Fournitures SA", "FR23412345678", "FR"),
            new UblInvoiceWriter.Party("Atelier Acheteur SAS", null, "FR"), List.of(
            new UblInvoiceWriter.Line("1", "1", "PAPER-A4", "Papier A4", new BigDecimal("75"), "C62", new BigDecimal("4.20"),
                    BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("315.00")),
            new UblInvoiceWriter.Line("2", "3", null, "Agrafes par mille", new BigDecimal("2.5"), "C62", new BigDecimal("12.00"),
                    new BigDecimal("1000"), new BigDecimal("5.5"), new BigDecimal("0.03")),
            new UblInvoiceWriter.Line("3", "4", null, "Livre", new BigDecimal("1"), "C62", new BigDecimal("30"),
                    BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("30.00"))));

    @Test
    void writtenInvoicePassesEn16931() {
        ValidationOutcome outcome = RULES.validate(InvoiceXml.parse(UblInvoiceWriter.write(INVOICE)).orElseThrow());

        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16"), outcome.ruleSets());
        assertFalse(outcome.hasErrors(), outcome.failures().toString());
    }

    @Test
    void writtenInvoiceReadsBack() {
        IncomingInvoice read = new UblInvoiceReader().read(UblInvoiceWriter.write(INVOICE));

        assertEquals("FAC-2026-017", read.number());
        assertEquals("PO-1001", read.orderReference());
        assertEquals("FR23412345678", read.sellerVatId());
        assertEquals(0, new BigDecimal("345.03").compareTo(read.totalWithoutVat()), read.totalWithoutVat().toPlainString());
        assertEquals(0, new BigDecimal("63.00").compareTo(read.totalVat()), "20 % of 315.00 plus 5.5 % of 0.03, rounded per rate");
        assertEquals(0, new BigDecimal("408.03").compareTo(read.totalWithVat()));
        assertEquals(3, read.lines().size());
        assertEquals("3", read.lines().get(1).orderLineReference());
        assertEquals(0, new BigDecimal("1000").compareTo(read.lines().get(1).priceBaseQuantity()));
        assertEquals(0, new BigDecimal("2.5").compareTo(read.lines().get(1).quantity()));
    }
}
