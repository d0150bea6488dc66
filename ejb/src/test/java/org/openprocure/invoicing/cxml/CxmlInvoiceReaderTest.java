package org.openprocure.invoicing.cxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Reads the public cXML InvoiceDetailRequest samples, unmodified or with one value changed. */
class CxmlInvoiceReaderTest {

    static final Path FIXTURES = Path.of(System.getProperty("samples.dir", "../../shared/samples")).resolve("cxml/officeluv-cxml/spec/fixtures");

    private final CxmlInvoiceReader reader = new CxmlInvoiceReader();

    private IncomingInvoice read(String file) throws IOException {
        return reader.read(Files.readAllBytes(FIXTURES.resolve(file)));
    }

    private static String sample(String file) throws IOException {
        return Files.readString(FIXTURES.resolve(file));
    }

    @Test
    void readsTaxAtLine() throws IOException {
        IncomingInvoice invoice = read("invoice_taxes_at_line.xml");
        IncomingInvoice.Line line = invoice.lines().get(0);

        assertEquals("3495", invoice.number());
        assertEquals(LocalDate.of(2009, 5, 1), invoice.issueDate());
        assertEquals("USD", invoice.currency());
        assertEquals("123", invoice.orderReference());
        assertEquals(InvoiceKind.INVOICE, invoice.kind());
        assertEquals(0, new BigDecimal("8.25").compareTo(line.vatRate()));
        assertEquals(0, new BigDecimal("365").compareTo(line.netPrice()));
        assertEquals(0, new BigDecimal("365").compareTo(line.netAmount()));
        assertEquals("EA", line.unitCode());
        assertEquals("1", line.orderLineReference());
        assertNull(line.orderReference(), "the only order goes to the header");
    }

    @Test
    void readsTaxAtTotalAndSummaryCharges() throws IOException {
        IncomingInvoice invoice = read("invoice_taxes_at_total.xml");

        assertNull(invoice.lines().get(0).vatRate());
        assertEquals(0, new BigDecimal("8").compareTo(invoice.totalVat()));
        assertEquals(0, new BigDecimal("400").compareTo(invoice.totalWithoutVat()), "subtotal 365 + special handling 5 + shipping 30");
        assertEquals(0, new BigDecimal("408").compareTo(invoice.totalWithVat()));
        assertEquals(2, invoice.allowanceCharges().size());
        assertEquals("FC", invoice.allowanceCharges().get(0).reasonCode());
        assertEquals("SH", invoice.allowanceCharges().get(1).reasonCode());
    }

    @Test
    void linesOfSeveralOrdersKeepTheirOrder() throws IOException {
        IncomingInvoice invoice = read("invoice_backed_by_multiple_pos.xml");

        assertNull(invoice.orderReference());
        assertEquals("2252", invoice.lines().get(0).orderReference());
        assertEquals("2253", invoice.lines().get(1).orderReference());
        assertEquals("1", invoice.lines().get(1).orderLineReference());
    }

    @Test
    void lineBackedOnlyByAgreementHasNoOrder() throws IOException {
        IncomingInvoice invoice = read("invoice_backed_and_unbacked_by_pos.xml");

        assertEquals("E14994", invoice.lines().get(0).orderReference());
        assertNull(invoice.lines().get(1).orderReference());
    }

    @Test
    void orderIdAttributeIsPreferred() throws IOException {
        String invoice = sample("invoice_taxes_at_line.xml").replace("<OrderReference>", "<OrderReference orderID=\"PO-77\">");

        assertEquals("PO-77", reader.read(invoice.getBytes(StandardCharsets.UTF_8)).orderReference());
    }

    @Test
    void creditMemoWithNegativeAmountsIsOneCredit() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml")
                .replace("purpose=\"standard\"", "purpose=\"creditMemo\"")
                .replace("quantity=\"1\"", "quantity=\"-1\"")
                .replace(">365<", ">-365<")
                .replace(">8<", ">-8<")
                .replace(">5<", ">-5<")
                .replace(">30<", ">-30<");

        IncomingInvoice creditNote = reader.read(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals(InvoiceKind.CREDIT_NOTE, creditNote.kind());
        assertEquals(0, BigDecimal.ONE.compareTo(creditNote.lines().get(0).quantity()), "the kind credits, the quantity stays positive");
        assertEquals(0, new BigDecimal("365").compareTo(creditNote.lines().get(0).netAmount()));
        assertEquals(0, new BigDecimal("408").compareTo(creditNote.totalWithVat()));
    }

    @Test
    void creditMemoWithPositiveAmountsIsSameCredit() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml").replace("purpose=\"standard\"", "purpose=\"creditMemo\"");

        IncomingInvoice creditNote = reader.read(invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals(InvoiceKind.CREDIT_NOTE, creditNote.kind());
        assertEquals(0, BigDecimal.ONE.compareTo(creditNote.lines().get(0).quantity()));
        assertEquals(0, new BigDecimal("408").compareTo(creditNote.totalWithVat()));
    }

    @Test
    void standardInvoiceWithNegativeLinesIsNegativeInvoice() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml").replace("quantity=\"1\"", "quantity=\"-1\"");

        assertEquals(InvoiceKind.NEGATIVE_INVOICE, reader.read(invoice.getBytes(StandardCharsets.UTF_8)).kind());
    }

    @Test
    void readsPriceBasisQuantity() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml")
                .replace("<InvoiceDetailItemReference", "<PriceBasisQuantity quantity=\"10\" conversionFactor=\"1\"><UnitOfMeasure>EA</UnitOfMeasure></PriceBasisQuantity><InvoiceDetailItemReference");

        IncomingInvoice.Line line = reader.read(invoice.getBytes(StandardCharsets.UTF_8)).lines().get(0);

        assertEquals(0, BigDecimal.TEN.compareTo(line.priceBaseQuantity()));
    }

    @Test
    void decimalCommaIsRejectedNamingElement() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml").replace("quantity=\"1\"", "quantity=\"2,5\"");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.invalidDecimal", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).startsWith("The element InvoiceDetailItem/@quantity of invoice line 1 holds \"2,5\""),
                error.getMessage());
    }

    @Test
    void placeholderDateIsRejected() {
        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> read("invoice_taxes_at_line_multiple_taxes.xml"));

        assertEquals("error.invoice.invalidDate", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("\"invoice_date\""), error.getMessage());
    }

    @Test
    void entityDeclarationIsRejected() throws IOException {
        String invoice = sample("invoice_taxes_at_total.xml")
                .replaceFirst("<!DOCTYPE cXML SYSTEM \"([^\"]*)\">", "<!DOCTYPE cXML SYSTEM \"$1\" [<!ENTITY x \"xx\">]>");

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class,
                () -> reader.read(invoice.getBytes(StandardCharsets.UTF_8)));

        assertEquals("error.invoice.entity", error.messageKey());
    }

    @Test
    void orderRequestIsRejectedByPayload() throws IOException {
        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> read("order_request.xml"));

        assertEquals("error.invoice.cxmlNotInvoice", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains("Request/OrderRequest"), error.getMessage());
    }
}
