package org.openprocure.invoicing.facturx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.invoicing.InvoiceTooLargeException;

/**
 * Takes the invoice XML out of a Factur-X, ZUGFeRD or XRechnung PDF (PDF/A-3 with an embedded
 * file), with PDFBox. Only files under one of the names these specifications give are taken.
 */
@ApplicationScoped
public class FacturXPdfReader {

    /**
     * Embedded file names: factur-x.xml (Factur-X 1.x, ZUGFeRD 2.1 and later), zugferd-invoice.xml
     * (ZUGFeRD 2.0), ZUGFeRD-invoice.xml (ZUGFeRD 1.0) and xrechnung.xml (XRechnung CII in a PDF).
     * They are compared without case.
     */
    static final Set<String> INVOICE_FILE_NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");

    /** The embedded invoice: the name it had in the PDF and its bytes. */
    public record EmbeddedInvoice(String fileName, byte[] content) {
    }

    /**
     * Returns the embedded invoice XML. A PDF that cannot be read, that is encrypted, or that has
     * no file under a known name is rejected, and the message lists the names it has.
     *
     * @param maxBytes the largest embedded file accepted, so a small compressed PDF cannot unpack
     *                 into an unbounded amount of memory
     */
    public EmbeddedInvoice read(byte[] pdf, long maxBytes) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files = embeddedFiles(document);
            for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
                if (INVOICE_FILE_NAMES.contains(file.getKey().toLowerCase(Locale.ROOT))) {
                    return new EmbeddedInvoice(file.getKey(), content(file.getKey(), file.getValue(), maxBytes));
                }
            }
            throw new InvalidInvoiceDocumentException("error.invoice.pdfWithoutInvoice",
                    files.isEmpty() ? "-" : String.join(", ", files.keySet()));
        } catch (InvalidPasswordException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.pdfEncrypted");
        } catch (IOException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.pdfUnreadable", detail(e));
        }
    }

    private static Map<String, PDComplexFileSpecification> embeddedFiles(PDDocument document) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return files;
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> nodes = new ArrayList<>();
        nodes.add(names.getEmbeddedFiles());
        // The name tree is walked breadth first; a hostile PDF with a cycle of kids is cut off by the node budget.
        int budget = 10_000;
        while (!nodes.isEmpty() && budget-- > 0) {
            PDNameTreeNode<PDComplexFileSpecification> node = nodes.remove(0);
            Map<String, PDComplexFileSpecification> leaves = node.getNames();
            if (leaves != null) {
                for (Map.Entry<String, PDComplexFileSpecification> leaf : leaves.entrySet()) {
                    files.putIfAbsent(fileName(leaf.getKey(), leaf.getValue()), leaf.getValue());
                }
            }
            if (node.getKids() != null) {
                nodes.addAll(node.getKids());
            }
        }
        return files;
    }

    /** Returns the file's name as its specification gives it (UF, then F), else its key in the name tree. */
    private static String fileName(String key, PDComplexFileSpecification specification) {
        String name = specification.getFileUnicode();
        if (name == null || name.isBlank()) {
            name = specification.getFile();
        }
        return name == null || name.isBlank() ? key : name;
    }

    private static byte[] content(String name, PDComplexFileSpecification specification, long maxBytes) throws IOException {
        PDEmbeddedFile file = specification.getEmbeddedFileUnicode();
        if (file == null) {
            file = specification.getEmbeddedFile();
        }
        if (file == null) {
            throw new InvalidInvoiceDocumentException("error.invoice.pdfWithoutInvoice", name);
        }
        if (file.getLength() > maxBytes) {
            throw new InvoiceTooLargeException(file.getLength(), maxBytes);
        }
        try (var in = file.createInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (content.length > maxBytes) {
                throw new InvoiceTooLargeException(-1, maxBytes);
            }
            return content;
        }
    }

    private static String detail(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
    }
}
