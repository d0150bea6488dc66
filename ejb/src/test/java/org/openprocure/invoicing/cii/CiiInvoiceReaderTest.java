package org.openprocure.invoicing.cii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.InvoiceKind;

/** Reads public CII samples, unmodified or with one value changed, from the shared samples folder. */
class CiiInvoiceReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path FACTUR_X = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures/xml");
    static final Path MUSTANG = SAMPLES.resolve("facturx-zugferd-cii/ZUGFeRD-mustangproject");

    private final CiiInvoiceReader reader = new CiiInvoiceReader();

    private CiiInvoiceReader.CiiInvoice read(String file) throws IOException {
        return reader.read(Files.readAllBytes(FACTUR_X.resolve(file)));
    }

    @Test
    void readsEn16931Header() throws IOException {
        CiiInvoiceReader.CiiInvoice read = read("factur-x-en16931.xml");
        IncomingInvoice invoice = read.invoice();

        assertEquals("urn:cen.eu:en16931:2017", read.guideline());
        assertEquals("F20260023", invoice.number());
        assertEquals(LocalDate.of(2026, 1, 31), invoice.issueDate());
        assertEquals("EUR", invoice.currency());
        assertEquals("PO201925478", invoice.orderReference());
        assertEquals("FR11123456782", invoice.sellerVatId());
        assertEquals("LE FOURNISSEUR", invoice.sellerName());
        assertEquals(0, new BigDecimal("100.00").compareTo(invoice.totalWithoutVat()));
        assertEquals(0, new BigDecimal("4.90").compareTo(invoice.totalVat()));
        assertEquals(0, new BigDecimal("104.90").compareTo(invoice.totalWithVat()));
        assertEquals(InvoiceKind.INVOICE, invoice.kind());
    }

    @Test
    void readsLinesWithOrderLineReferences() throws IOException {
        IncomingInvoice invoice = read("factur-x-en16931.xml").invoice();
        IncomingInvoice.Line first = invoice.lines().get(0);
        IncomingInvoice.Line third = invoice.lines().get(2);

        assertEquals(3, invoice.lines().size());
        assertEquals("1", first.lineId());
        assertEquals("1", first.orderLineReference());
        assertEquals("ART_1254", first.sellerItemId());
        assertEquals("C62", first.unitCode());
        assertEquals(0, new BigDecimal("60").compareTo(first.netPrice()), "the net price (BT-146), not the gross price");
        assertEquals(0, new BigDecimal("60.00").compareTo(first.netAmount()));
        assertEquals(0, BigDecimal.ZERO.compareTo(first.vatRate()));
        assertEquals("2", third.orderLineReference());
        assertEquals(0, new BigDecimal("20.00").compareTo(third.vatRate()));
    }

    @Test
    void readsPriceBaseQuantity() throws IOException {
        IncomingInvoice.Line second = read("factur-x-en16931.xml").invoice().lines().get(1);

        assertEquals(0, new BigDecimal("30").compareTo(second.netPrice()));
        assertEquals(0, new BigDecimal("3").compareTo(second.priceBaseQuantity()), "BT-149 of the net price");
        assertEquals(0, new BigDecimal("3").compareTo(second.quantity()));
    }

    @Test
    void readsLineAllowancesAndCharges() throws IOException {
        IncomingInvoice.Line first = read("factur-x-en16931.xml").invoice().lines().get(0);
        IncomingInvoice.AllowanceCharge volume = first.allowanceCharges().get(0);
        IncomingInvoice.AllowanceCharge pallet = first.allowanceCharges().get(4);

        assertEquals(8, first.allowanceCharges().size());
        assertFalse(volume.charge());
        assertEquals("71", volume.reasonCode());
        assertEquals("REMISE VOLUME", volume.reason());
        assertEquals(0, new BigDecimal("1.00").compareTo(volume.percentage()));
        assertEquals(0, new BigDecimal("100.00").compareTo(volume.baseAmount()));
        assertTrue(pallet.charge());
        assertEquals("FRAIS PALETTE", pallet.reason());
        assertEquals(0, new BigDecimal("1.00").compareTo(pallet.amount()));
    }

    @Test
    void readsDocumentAllowancesAndCharges() throws IOException {
        IncomingInvoice invoice = read("factur-x-en16931.xml").invoice();

        assertFalse(invoice.allowanceCharges().isEmpty());
        assertTrue(invoice.allowanceCharges().stream().allMatch(entry -> entry.amount() != null));
    }

    @Test
    void basicWlHasNoLines() throws IOException {
        CiiInvoiceReader.CiiInvoice read = read("factur-x-basicwl.xml");

        assertTrue(read.invoice().lines().isEmpty());
        assertEquals(FacturXProfile.BASIC_WL, FacturXProfile.of(read.guideline()));
        assertFalse(FacturXProfile.of(read.guideline()).carriesLines());
        assertEquals(0, new BigDecimal("104.90").compareTo(read.invoice().totalWithVat()));
    }

    @Test
    void minimumHasNoLines() throws IOException {
        CiiInvoiceReader.CiiInvoice read = read("factur-x-minimum.xml");

        assertTrue(read.invoice().lines().isEmpty());
        assertEquals(FacturXProfile.MINIMUM, FacturXProfile.of(read.guideline()));
        assertEquals("PO201925478", read.invoice().orderReference());
    }

    @Test
    void creditNoteTypeCodeKeepsPositiveFigures() throws IOException {
        String invoice = Files.readString(FACTUR_X.resolve("factur-x-en16931.xml"))
                .replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>");

        IncomingInvoice creditNote = reader.read(invoice.getBytes(StandardCharsets.UTF_8)).invoice();

        assertEquals(InvoiceKind.CREDIT_NOTE, creditNote.kind());
        assertEquals(0, new BigDecimal("104.90").compareTo(creditNote.totalWithVat()), "written positive, kept positive");
        assertEquals(0, BigDecimal.ONE.compareTo(creditNote.lines().get(0).quantity()));
    }

    @Test
    void negativeTotalWithoutLinesIsCredit() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(MUSTANG.resolve("validator/src/test/resources/valid_Avoir_FR_type380_minimum_factur-x.xml")))
                .invoice();

        assertEquals(InvoiceKind.NEGATIVE_INVOICE, invoice.kind());
        assertEquals(0, new BigDecimal("-233.47").compareTo(invoice.totalWithVat()));
    }

    @Test
    void subLinesOfExtendedGroupAreSkipped() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(
                MUSTANG.resolve("library/src/test/resources/subinvoicelines/Extended_Fallschutz-Set_SubInvoiceLine_Bsp5.xml"))).invoice();

        assertEquals(1, invoice.lines().size());
        assertNull(invoice.lines().get(0).orderReference());
    }

    @Test
    void decimalCommaIsRejectedNamingElement() throws IOException {
        String invoice = Files.readString(FACTUR_X.resolve("factur-x-en16931.xml"))
                .replace("<ram:BilledQuantity unitCode=\"C62\">1.0000</ram:BilledQuantity>",
                        "<ram:BilledQuantity unitCode=\"C62\">2,5</ram:BilledQuantity>");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.invalidDecimal", error.messageKey());
        assertEquals("The element ram:BilledQuantity holds \"2,5\", which is not a decimal number with a point as decimal separator.",
                error.describe(Locale.ENGLISH));
    }

    @Test
    void invalidDateIsRejectedNamingValue() throws IOException {
        String invoice = Files.readString(FACTUR_X.resolve("factur-x-en16931.xml")).replaceFirst("20260131", "31/01/2026");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.invalidDate", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("31/01/2026"), error.getMessage());
    }

    @Test
    void missingInvoiceNumberIsRejected() throws IOException {
        String invoice = Files.readString(FACTUR_X.resolve("factur-x-minimum.xml")).replace("<ram:ID>F20260023</ram:ID>", "<ram:ID> </ram:ID>");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.missingTerm", error.messageKey());
    }

    @Test
    void doctypeIsRejected() {
        byte[] body = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<rsm:CrossIndustryInvoice xmlns:rsm=\"" + CiiInvoiceReader.NAMESPACE + "\">&e;</rsm:CrossIndustryInvoice>")
                .getBytes(StandardCharsets.UTF_8);

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(body));

        assertEquals("error.invoice.notWellFormed", error.messageKey());
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void profilesAreRecognisedByGuideline() {
        assertEquals(FacturXProfile.MINIMUM, FacturXProfile.of("urn:factur-x.eu:1p0:minimum"));
        assertEquals(FacturXProfile.BASIC_WL, FacturXProfile.of("urn:zugferd.de:2p0:basicwl"));
        assertEquals(FacturXProfile.BASIC, FacturXProfile.of("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"));
        assertEquals(FacturXProfile.EN16931, FacturXProfile.of("urn:cen.eu:en16931:2017"));
        assertEquals(FacturXProfile.EXTENDED, FacturXProfile.of("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"));
        assertEquals(FacturXProfile.XRECHNUNG, FacturXProfile.of("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"));
        assertEquals(FacturXProfile.OTHER, FacturXProfile.of(null));
    }
}
