package org.openprocure.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openprocure.invoicing.cii.CiiInvoiceReader;
import org.openprocure.invoicing.cxml.CxmlInvoiceReader;
import org.openprocure.invoicing.facturx.FacturXPdfReader;
import org.openprocure.invoicing.ubl.UblInvoiceReader;
import org.openprocure.platform.Settings;

/** Detects the syntax of public samples and rejects hostile or broken input before anything is stored. */
class InvoiceReadersTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path FACTUR_X = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures");
    static final Path UBL_EN16931 = FACTUR_X.resolve("xml/ubl-21-en16931.xml");
    static final Path UBL_INVOICES = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl/invoice");
    static final Path CXML = SAMPLES.resolve("cxml/officeluv-cxml/spec/fixtures/invoice_taxes_at_line.xml");

    private final InvoiceReaders readers = new InvoiceReaders(new UblInvoiceReader(), new CiiInvoiceReader(), new FacturXPdfReader(),
            new CxmlInvoiceReader(), new Settings());

    private InvoiceReaders.ReadInvoice read(Path file) throws IOException {
        return readers.read(Files.readAllBytes(file), null);
    }

    private InvalidInvoiceDocumentException rejected(byte[] body) {
        return assertThrows(InvalidInvoiceDocumentException.class, () -> readers.read(body, "application/xml"));
    }

    @Test
    void ublIsDetected() throws IOException {
        InvoiceReaders.ReadInvoice read = read(UBL_EN16931);

        assertEquals("UBL 2.1", read.format());
        assertFalse(read.pdf());
        assertEquals("F124212", read.invoice().number());
    }

    @Test
    void ciiIsDetected() throws IOException {
        InvoiceReaders.ReadInvoice read = read(FACTUR_X.resolve("xml/factur-x-en16931.xml"));

        assertEquals("CII D16B", read.format());
        assertEquals("urn:cen.eu:en16931:2017", read.profile());
        assertFalse(read.headerOnly());
    }

    @Test
    void facturXPdfIsDetected() throws IOException {
        InvoiceReaders.ReadInvoice read = read(FACTUR_X.resolve("pdf/invoice_EN16931.pdf"));

        assertEquals("Factur-X EN 16931", read.format());
        assertTrue(read.pdf());
        assertEquals(3, read.invoice().lines().size());
    }

    @Test
    void basicWlPdfIsHeaderOnly() throws IOException {
        InvoiceReaders.ReadInvoice read = read(SAMPLES.resolve(
                "facturx-zugferd-cii/ZUGFeRD-mustangproject/validator/src/test/resources/validAvoir_FR_type380_BASICWL.pdf"));

        assertEquals("Factur-X BASIC WL", read.format());
        assertTrue(read.headerOnly());
        assertEquals(InvoiceKind.NEGATIVE_INVOICE, read.invoice().kind());
    }

    @Test
    void cxmlIsDetected() throws IOException {
        InvoiceReaders.ReadInvoice read = read(CXML);

        assertEquals("cXML", read.format());
        assertEquals("3495", read.invoice().number());
    }

    @Test
    void fourNamespacePrefixStylesGiveIdenticalInvoices() throws IOException {
        IncomingInvoice first = read(UBL_INVOICES.resolve("UBL-Invoice-2.0-Example-NS1.xml")).invoice();

        for (String file : new String[] {"UBL-Invoice-2.0-Example-NS2.xml", "UBL-Invoice-2.0-Example-NS3.xml", "UBL-Invoice-2.0-Example-NS4.xml"}) {
            assertEquals(first, read(UBL_INVOICES.resolve(file)).invoice(), file);
        }
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        byte[] invoice = Files.readAllBytes(UBL_EN16931);
        byte[] withBom = new byte[invoice.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(invoice, 0, withBom, 3, invoice.length);

        assertEquals("F124212", readers.read(withBom, "application/xml").invoice().number());
    }

    @Test
    void declaredIso88591IsDecoded() throws IOException {
        String invoice = Files.readString(UBL_EN16931)
                .replace("encoding='UTF-8'", "encoding='ISO-8859-1'")
                .replace("Au bon moulin", "Au bon moulin à café");

        IncomingInvoice read = readers.read(invoice.getBytes(StandardCharsets.ISO_8859_1), "application/xml").invoice();

        assertEquals("Au bon moulin à café", read.sellerName());
    }

    @Test
    void undeclaredLatin1IsInvalidUtf8AtItsOffset() throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("Au bon moulin", "Au bon moulin à café");
        byte[] body = invoice.getBytes(StandardCharsets.ISO_8859_1);
        // In ISO-8859-1 one character is one byte, so the first non-ASCII character's index is its byte offset.
        int offset = invoice.chars().takeWhile(character -> character < 0x80).toArray().length;

        InvalidInvoiceDocumentException error = rejected(body);

        assertEquals("error.invoice.invalidUtf8", error.messageKey());
        assertEquals(String.format(Locale.ROOT, "The document is not valid UTF-8 at byte %d (value 0x%02X), and its XML declaration names no other encoding.",
                offset, body[offset] & 0xFF), error.describe(Locale.ENGLISH));
    }

    @Test
    void doctypeInUblIsRejected() throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("<?xml version='1.0' encoding='UTF-8'?>",
                "<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE Invoice SYSTEM \"http://127.0.0.1:9/invoice.dtd\">");

        InvalidInvoiceDocumentException error = rejected(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.doctype", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("root element Invoice"), error.getMessage());
    }

    @Test
    void entityExpansionInUblIsRejected() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&c;</Invoice>";

        InvalidInvoiceDocumentException error = rejected(laughs.getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.doctype", error.messageKey());
    }

    @Test
    void externalEntityInCxmlIsRejected() throws IOException {
        String invoice = Files.readString(CXML).replaceFirst("<!DOCTYPE cXML SYSTEM \"([^\"]*)\">",
                "<!DOCTYPE cXML SYSTEM \"$1\" [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");

        InvalidInvoiceDocumentException error = rejected(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.entity", error.messageKey());
    }

    @Test
    void cxmlDoctypeWithoutEntitiesIsAccepted() throws IOException {
        assertTrue(Files.readString(CXML).contains("<!DOCTYPE cXML SYSTEM"));

        assertEquals("cXML", read(CXML).format());
    }

    @Test
    void ublDecimalCommaIsRejectedNamingElement() throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("<cbc:InvoicedQuantity unitCode=\"C62\">20</cbc:InvoicedQuantity>",
                "<cbc:InvoicedQuantity unitCode=\"C62\">2,5</cbc:InvoicedQuantity>");

        InvalidInvoiceDocumentException error = rejected(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.invalidDecimal", error.messageKey());
        assertEquals("L'élément cbc:InvoicedQuantity contient «\u00a02,5\u00a0», qui n'est pas un nombre décimal avec un point comme séparateur.",
                error.describe(Locale.FRENCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,50", "12 500", "€10"})
    void ublAmountInAnotherNotationIsRejected(String amount) throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("<cbc:PriceAmount currencyID=\"EUR\">6.90</cbc:PriceAmount>",
                "<cbc:PriceAmount currencyID=\"EUR\">" + amount + "</cbc:PriceAmount>");

        InvalidInvoiceDocumentException error = rejected(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.invalidDecimal", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("cbc:PriceAmount"), error.getMessage());
    }

    @Test
    void ublBaseQuantityIsRead() throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("<cbc:PriceAmount currencyID=\"EUR\">6.90</cbc:PriceAmount>",
                "<cbc:PriceAmount currencyID=\"EUR\">69.00</cbc:PriceAmount><cbc:BaseQuantity unitCode=\"C62\">10</cbc:BaseQuantity>");

        IncomingInvoice.Line line = readers.read(invoice.getBytes(StandardCharsets.UTF_8), null).invoice().lines().get(1);

        assertEquals(0, new BigDecimal("69.00").compareTo(line.netPrice()));
        assertEquals(0, BigDecimal.TEN.compareTo(line.priceBaseQuantity()));
    }

    @Test
    void bodyAboveLimitIsRejected() throws IOException {
        byte[] body = Files.readAllBytes(UBL_EN16931);
        System.setProperty(Settings.INVOICE_MAX_BYTES, "1000");
        try {
            InvalidInvoiceDocumentException error = rejected(body);

            assertTrue(error instanceof InvoiceTooLargeException, error.getClass().getName());
            assertEquals("The document has " + body.length + " bytes, above the limit of 1000 bytes.", error.describe(Locale.ENGLISH));
        } finally {
            System.clearProperty(Settings.INVOICE_MAX_BYTES);
        }
    }

    @Test
    void pdfContentTypeNeedsPdfBytes() throws IOException {
        byte[] body = Files.readAllBytes(UBL_EN16931);

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> readers.read(body, "application/pdf"));

        assertEquals("error.invoice.notPdf", error.messageKey());
    }

    @Test
    void zugferd1IsRejectedByName() throws IOException {
        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> read(FACTUR_X.resolve("xml/zugferd-basic.xml")));

        assertEquals("error.invoice.zugferd1", error.messageKey());
        assertTrue(error.fix(Locale.ENGLISH).contains("Factur-X"), error.fix(Locale.ENGLISH));
    }

    @Test
    void malformedXmlIsNotWellFormed() {
        InvalidInvoiceDocumentException error = rejected("<Invoice><ID>1</Invoice>".getBytes(StandardCharsets.UTF_8));

        assertEquals("error.invoice.notWellFormed", error.messageKey());
    }

    @Test
    void emptyBodyIsRejected() {
        assertEquals("error.invoice.empty", rejected(new byte[0]).messageKey());
    }
}
