package org.openprocure.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

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

    /**
     * The XML of an invoice: the body itself, or the file a PDF embeds.
     *
     * @param pdfFileName the name of the file in the PDF, or null for XML sent alone
     */
    public record Unpacked(byte[] xml, String pdfFileName) {

        public boolean pdf() {
            return pdfFileName != null;
        }
    }

    /** Error keys of bodies that cannot be read at all; such a body is refused and nothing of it is kept. */
    private static final Set<String> WHOLE_DOCUMENT_REFUSALS = Set.of("error.invoice.empty", "error.invoice.notWellFormed",
            "error.invoice.wrongRoot", "error.invoice.invalidUtf8", "error.invoice.invalidDecimal", "error.invoice.invalidDate",
            "error.invoice.doctype", "error.invoice.entity", "error.invoice.zugferd1", "error.invoice.cxmlNotInvoice",
            "error.invoice.pdfWithoutInvoice", "error.invoice.pdfEncrypted", "error.invoice.pdfUnreadable", "error.invoice.notPdf");

    /**
     * Tells whether the reader's error means the body cannot be read at all, as opposed to a
     * readable document that breaks a rule, which validation may keep as rejected.
     */
    public static boolean refusesWholeDocument(InvalidInvoiceDocumentException e) {
        return WHOLE_DOCUMENT_REFUSALS.contains(e.messageKey());
    }

    public ReadInvoice read(byte[] body, String contentType) {
        return read(unpack(body, contentType));
    }

    /** Checks the body's size and takes the XML out of a PDF. */
    public Unpacked unpack(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new InvalidInvoiceDocumentException("error.invoice.empty");
        }
        long maxBytes = settings.invoiceMaxBytes();
        if (body.length > maxBytes) {
            throw new InvoiceTooLargeException(body.length, maxBytes);
        }
        if (isPdf(body)) {
            FacturXPdfReader.EmbeddedInvoice embedded = pdf.read(body, maxBytes);
            return new Unpacked(embedded.content(), embedded.fileName());
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
            throw new InvalidInvoiceDocumentException("error.invoice.notPdf", head(body));
        }
        return new Unpacked(body, null);
    }

    public ReadInvoice read(Unpacked unpacked) {
        return readXml(unpacked.xml(), unpacked.pdfFileName());
    }

    /** Names the syntax of a document that could not be read, for the record of its rejection. */
    public String formatOf(Unpacked unpacked) {
        if (unpacked.pdf()) {
            return FACTUR_X;
        }
        InvoiceXml.Root root = InvoiceXml.root(unpacked.xml());
        return root.is(CiiInvoiceReader.NAMESPACE, CiiInvoiceReader.ROOT) ? CII : UBL;
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
