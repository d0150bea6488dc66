package org.openprocure.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openprocure.invoicing.cii.CiiInvoiceReader;
import org.openprocure.invoicing.cii.FacturXProfile;
import org.openprocure.invoicing.cxml.CxmlInvoiceReader;
import org.openprocure.invoicing.facturx.FacturXPdfReader;
import org.openprocure.invoicing.ubl.UblInvoiceReader;
import org.openprocure.invoicing.xml.InvoiceXml;
import org.openprocure.platform.Settings;

/**
 * Detects the syntax of an inbound invoice from its bytes and hands it to its reader: a PDF by its
 * %PDF- header, XML by the namespace and local name of its root element. The content type the
 * sender gave is not trusted for the choice, only checked for PDF.
 */
@ApplicationScoped
public class InvoiceReaders {

    public static final String UBL = "UBL 2.1";
    public static final String CII = "CII D16B";
    public static final String CXML = "cXML";
    public static final String FACTUR_X = "Factur-X";

    static final String ZUGFERD_1_NAMESPACE_PREFIX = "urn:ferd:CrossIndustryDocument:invoice:1p0";

    @Inject
    private UblInvoiceReader ubl;

    @Inject
    private CiiInvoiceReader cii;

    @Inject
    private FacturXPdfReader pdf;

    @Inject
    private CxmlInvoiceReader cxml;

    @Inject
    private Settings settings;

    /**
     * An invoice as read, with the name of its syntax as stored in the document format.
     *
     * @param profile    BT-24 of a CII invoice, or null
     * @param headerOnly true for a CII invoice of a profile without lines (MINIMUM, BASIC WL), which
     *                   is reviewed by a person against its order's totals instead of matched line by line
     * @param pdf        true when the invoice came inside a PDF, which is then the stored original
     */
    public record ReadInvoice(IncomingInvoice invoice, String format, String profile, boolean headerOnly, boolean pdf) {
    }

    InvoiceReaders() {
    }

    /** For unit tests, which run without CDI. */
    public InvoiceReaders(UblInvoiceReader ubl, CiiInvoiceReader cii, FacturXPdfReader pdf, CxmlInvoiceReader cxml, Settings settings) {
        this.ubl = ubl;
        this.cii = cii;
        this.pdf = pdf;
        this.cxml = cxml;
        this.settings = settings;
    }

    public ReadInvoice read(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new InvalidInvoiceDocumentException("error.invoice.empty");
        }
        long maxBytes = settings.invoiceMaxBytes();
        if (body.length > maxBytes) {
            throw new InvoiceTooLargeException(body.length, maxBytes);
        }
        if (isPdf(body)) {
            FacturXPdfReader.EmbeddedInvoice embedded = pdf.read(body, maxBytes);
            return readXml(embedded.content(), embedded.fileName());
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
            throw new InvalidInvoiceDocumentException("error.invoice.notPdf", head(body));
        }
        return readXml(body, null);
    }

    static boolean isPdf(byte[] body) {
        return body.length >= 5 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F' && body[4] == '-';
    }

    /** Returns the first bytes of a body that should have been a PDF, as printable text for the message. */
    private static String head(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 16), StandardCharsets.ISO_8859_1);
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /**
     * Reads XML, alone or taken out of a PDF.
     *
     * @param pdfFileName the name of the file in the PDF, or null for XML sent alone
     */
    private ReadInvoice readXml(byte[] xml, String pdfFileName) {
        InvoiceXml.requireValidEncoding(xml);
        InvoiceXml.Root root = InvoiceXml.root(xml);
        boolean inPdf = pdfFileName != null;
        if (root.is("", CxmlInvoiceReader.ROOT) && !inPdf) {
            if (root.declaresEntities()) {
                throw new InvalidInvoiceDocumentException("error.invoice.entity");
            }
            return new ReadInvoice(cxml.read(xml), CXML, null, false, false);
        }
        if (root.hasDoctype()) {
            throw new InvalidInvoiceDocumentException("error.invoice.doctype", root.localName());
        }
        if (root.is(UblInvoiceReader.INVOICE_NAMESPACE, "Invoice") || root.is(UblInvoiceReader.CREDIT_NOTE_NAMESPACE, "CreditNote")) {
            return new ReadInvoice(ubl.read(xml), UBL, null, false, inPdf);
        }
        if (root.is(CiiInvoiceReader.NAMESPACE, CiiInvoiceReader.ROOT)) {
            return readCii(xml, inPdf);
        }
        if ("CrossIndustryDocument".equals(root.localName()) && root.namespace().startsWith(ZUGFERD_1_NAMESPACE_PREFIX)) {
            throw new InvalidInvoiceDocumentException("error.invoice.zugferd1");
        }
        throw new InvalidInvoiceDocumentException("error.invoice.wrongRoot", root.namespace().isEmpty() ? root.localName() : root.qualifiedName());
    }

    private ReadInvoice readCii(byte[] xml, boolean inPdf) {
        CiiInvoiceReader.CiiInvoice read = cii.read(xml);
        FacturXProfile profile = FacturXProfile.of(read.guideline());
        boolean headerOnly = !profile.carriesLines() && read.invoice().lines().isEmpty();
        String format = inPdf ? (FACTUR_X + " " + profile.label()).strip() : CII;
        return new ReadInvoice(read.invoice(), format, read.guideline(), headerOnly, inPdf);
    }
}
