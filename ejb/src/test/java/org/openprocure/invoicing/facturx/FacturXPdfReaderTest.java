package org.openprocure.invoicing.facturx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.InvoiceTooLargeException;

/** Takes the XML out of the public Factur-X and ZUGFeRD PDF samples. */
class FacturXPdfReaderTest {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples")).resolve("facturx-zugferd-cii");
    static final long LIMIT = 20L * 1024 * 1024;

    private final FacturXPdfReader reader = new FacturXPdfReader();

    @Test
    void takesFacturXXml() throws IOException {
        FacturXPdfReader.EmbeddedInvoice embedded = reader.read(
                Files.readAllBytes(SAMPLES.resolve("akretion-factur-x/tests/fixtures/pdf/invoice_EN16931.pdf")), LIMIT);

        assertEquals("factur-x.xml", embedded.fileName());
        assertTrue(new String(embedded.content(), StandardCharsets.UTF_8).contains("CrossIndustryInvoice"));
    }

    @Test
    void takesZugferd1XmlUnderItsOwnName() throws IOException {
        FacturXPdfReader.EmbeddedInvoice embedded = reader.read(
                Files.readAllBytes(SAMPLES.resolve("ZUGFeRD-mustangproject/library/src/test/resources/zugferd_invoice.pdf")), LIMIT);

        assertEquals("zugferd-invoice.xml", embedded.fileName().toLowerCase(Locale.ROOT));
    }

    @Test
    void truncatedPdfIsUnreadable() {
        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(
                Files.readAllBytes(SAMPLES.resolve("ZUGFeRD-mustangproject/Mustang-CLI/src/test/resources/corrupt-factur-x-waytoosmall.pdf")), LIMIT));

        assertEquals("error.invoice.pdfUnreadable", error.messageKey());
    }

    @Test
    void pdfWithoutAttachmentIsRejected() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf);
        }

        InvalidInvoiceDocumentException error = assertThrows(InvalidInvoiceDocumentException.class, () -> reader.read(pdf.toByteArray(), LIMIT));

        assertEquals("error.invoice.pdfWithoutInvoice", error.messageKey());
        assertTrue(error.fix(Locale.ENGLISH).contains("factur-x.xml"), error.fix(Locale.ENGLISH));
    }

    @Test
    void embeddedFileAboveLimitIsRejected() throws IOException {
        byte[] pdf = Files.readAllBytes(SAMPLES.resolve("akretion-factur-x/tests/fixtures/pdf/invoice_EN16931.pdf"));

        assertThrows(InvoiceTooLargeException.class, () -> reader.read(pdf, 100));
    }
}
