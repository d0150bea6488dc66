package org.openprocure.invoicing.ubl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocure.invoicing.IncomingInvoice;
import org.openprocure.invoicing.InvoiceKind;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;

/** Reads public sample invoices, unmodified, from the shared samples folder. */
class UblInvoiceReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path FRENCH_EN16931 = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures/xml/ubl-21-en16931.xml");
    static final Path UBL_EXAMPLES = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl");

    private final UblInvoiceReader reader = new UblInvoiceReader();

    @Test
    void readsFrenchEn16931Invoice() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(FRENCH_EN16931));

        assertEquals("F124212", invoice.number());
        assertEquals("PO1242", invoice.orderReference());
        assertEquals("EUR", invoice.currency());
        assertEquals("FR11999999998", invoice.sellerVatId());
        assertEquals(2, invoice.lines().size());
        assertEquals(0, new BigDecimal("273.00").compareTo(invoice.totalWithoutVat()));
    }

    @Test
    void readsLineReferencesAndFigures() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(FRENCH_EN16931));
        IncomingInvoice.Line first = invoice.lines().get(0);
        IncomingInvoice.Line second = invoice.lines().get(1);

        assertNull(first.orderLineReference());
        assertEquals("JOIO50CL", first.sellerItemId());
        assertEquals(0, new BigDecimal("10").compareTo(first.quantity()));
        assertEquals(0, new BigDecimal("13.50").compareTo(first.netPrice()));
        assertEquals("DV843873", second.orderLineReference());
        assertEquals("C62", second.unitCode());
        assertEquals(0, new BigDecimal("20").compareTo(second.quantity()));
        assertEquals(0, new BigDecimal("6.90").compareTo(second.netPrice()));
    }

    @Test
    void readsDocumentAllowancesAndCharges() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(FRENCH_EN16931));
        IncomingInvoice.AllowanceCharge deposit = invoice.allowanceCharges().get(0);
        IncomingInvoice.AllowanceCharge surcharge = invoice.allowanceCharges().get(2);

        assertEquals(3, invoice.allowanceCharges().size());
        assertEquals(false, deposit.charge());
        assertEquals("Consigne", deposit.reason());
        assertNull(deposit.reasonCode());
        assertEquals(0, new BigDecimal("3.00").compareTo(deposit.amount()));
        assertEquals(0, new BigDecimal("138.00").compareTo(deposit.baseAmount()));
        assertEquals(true, surcharge.charge());
        assertEquals("Surtaxe carburant", surcharge.reason());
        assertEquals(0, new BigDecimal("5.50").compareTo(surcharge.amount()));
    }

    @Test
    void readsLineAllowancesAndCharges() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(FRENCH_EN16931));
        IncomingInvoice.Line olive = invoice.lines().get(0);

        assertEquals(2, olive.allowanceCharges().size());
        assertEquals(false, olive.allowanceCharges().get(0).charge());
        assertEquals("test", olive.allowanceCharges().get(0).reason());
        assertEquals(true, olive.allowanceCharges().get(1).charge());
        assertEquals(0, new BigDecimal("1.50").compareTo(olive.allowanceCharges().get(1).amount()));
        assertEquals(0, invoice.lines().get(1).allowanceCharges().size(), "the nougat's only allowance is a price discount (BT-147)");
    }

    @Test
    void readsReasonCodeAndPercentage() throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(UBL_EXAMPLES.resolve("invoice/UBL-Invoice-2.0-Example-NS2.xml")));
        IncomingInvoice.AllowanceCharge allowance = invoice.allowanceCharges().get(0);

        assertEquals("17", allowance.reasonCode());
        assertEquals(0, new BigDecimal("0.10").compareTo(allowance.percentage()));
        assertEquals(0, new BigDecimal("10.00").compareTo(allowance.amount()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UBL-Invoice-2.0-Example.xml", "UBL-Invoice-2.0-Example-NS1.xml", "UBL-Invoice-2.0-Example-NS2.xml",
            "UBL-Invoice-2.0-Example-NS3.xml", "UBL-Invoice-2.0-Example-NS4.xml"})
    void namespacePrefixesDoNotMatter(String file) throws IOException {
        IncomingInvoice invoice = reader.read(Files.readAllBytes(UBL_EXAMPLES.resolve("invoice").resolve(file)));

        assertEquals("AEG012345", invoice.orderReference());
        assertEquals("1", invoice.lines().get(0).orderLineReference());
        assertEquals("KGM", invoice.lines().get(0).unitCode());
        assertEquals(0, new BigDecimal("100").compareTo(invoice.lines().get(0).quantity()));
    }

    @Test
    void readsCreditNoteSample() throws IOException {
        IncomingInvoice creditNote = reader.read(Files.readAllBytes(UBL_EXAMPLES.resolve("creditnote/UBL-CreditNote-2.1-Example.xml")));

        assertEquals(InvoiceKind.CREDIT_NOTE, creditNote.kind());
        assertEquals("TOSL108", creditNote.number());
        assertEquals("123", creditNote.orderReference());
        assertEquals("EUR", creditNote.currency());
        assertEquals(5, creditNote.lines().size());
        assertEquals(0, BigDecimal.ONE.compareTo(creditNote.lines().get(0).quantity()));
        assertEquals(0, new BigDecimal("-1").compareTo(creditNote.lines().get(1).quantity()), "quantities stay as the supplier wrote them");
        assertEquals("C62", creditNote.lines().get(0).unitCode());
    }

    @Test
    void invoiceWithOnlyNegativeLinesIsNegativeInvoice() throws IOException {
        String invoice = Files.readString(UBL_EXAMPLES.resolve("invoice/UBL-Invoice-2.0-Example.xml"));
        String negative = invoice.replaceAll("(<cbc:InvoicedQuantity[^>]*>)\\s*([0-9])", "$1-$2");

        assertEquals(InvoiceKind.INVOICE, reader.read(invoice.getBytes(StandardCharsets.UTF_8)).kind());
        assertEquals(InvoiceKind.NEGATIVE_INVOICE, reader.read(negative.getBytes(StandardCharsets.UTF_8)).kind());
    }

    @Test
    void rejectsXmlThatIsNotWellFormed() {
        byte[] body = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>1</Invoice>".getBytes(StandardCharsets.UTF_8);

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(body));

        assertEquals("error.invoice.notWellFormed", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("line 1"), error.getMessage());
    }

    @Test
    void rejectsOrderDocumentByItsRoot() throws IOException {
        byte[] order = Files.readAllBytes(UBL_EXAMPLES.resolve("order/UBL-Order-2.1-Example.xml"));

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(order));

        assertEquals("error.invoice.wrongRoot", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order"), error.getMessage());
        assertTrue(error.fix(Locale.FRENCH).contains("Invoice-2"), error.fix(Locale.FRENCH));
    }

    @Test
    void refusesDoctypeSoNoEntityIsFetched() {
        byte[] body = ("<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&x;</Invoice>").getBytes(StandardCharsets.UTF_8);

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(body));

        assertEquals("error.invoice.notWellFormed", error.messageKey());
    }

    @Test
    void rejectsInvoiceNumberTooLongToStore() throws IOException {
        String invoice = Files.readString(FRENCH_EN16931).replace("<cbc:ID>F124212</cbc:ID>", "<cbc:ID>" + "9".repeat(1001) + "</cbc:ID>");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("BT-1 has 1001 characters, more than the 1000 this product stores.", error.describe(Locale.ENGLISH));
    }

    @Test
    void rejectsQuantityTooLargeToStore() throws IOException {
        String invoice = Files.readString(FRENCH_EN16931)
                .replace("<cbc:InvoicedQuantity unitCode=\"C62\">20</cbc:InvoicedQuantity>",
                        "<cbc:InvoicedQuantity unitCode=\"C62\">1E+40</cbc:InvoicedQuantity>");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.outOfRange", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).startsWith("BT-129 is 1"), error.getMessage());
    }

    @Test
    void rejectsEmptyBody() {
        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(new byte[0]));

        assertEquals("error.invoice.empty", error.messageKey());
    }
}
