package org.openprocure.web.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.InvoiceTooLargeException;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.ReceivedInvoice;
import org.openprocure.invoicing.SupplierFacingStatus;
import org.openprocure.platform.Settings;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs /supplier/invoices.xhtml: the supplier's invoices with their processing and payment status,
 * paged in the database, and the upload of an invoice file (UBL, CII, Factur-X PDF) whose
 * validation result the page shows.
 */
@Named
@ViewScoped
public class SupplierInvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_INPUT = "uploadForm:file";

    @Inject
    private Views views;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private Settings settings;

    @Inject
    private LanguageSelector language;

    private transient UploadedFile file;

    /** The outcome of the last upload: the stored invoice and its validation report, or null before any. */
    private UploadResult result;

    public record UploadResult(long invoiceId, String number, String supplierStatus, boolean rejected, boolean alreadyReceived,
                               Views.ValidationView validation) implements Serializable {
    }

    private final LazyDataModel<Views.InvoiceRow> invoices = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(invoicing.count());
        }

        @Override
        public List<Views.InvoiceRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return views.invoices(first, pageSize);
        }

        @Override
        public String getRowKey(Views.InvoiceRow row) {
            return Long.toString(row.id());
        }
    };

    /** Receives the chosen file as the supplier's invoice, checking its size and type first. */
    public void upload() {
        result = null;
        if (file == null || file.getSize() == 0) {
            Feedback.fieldError(FILE_INPUT, "supplierInvoices.upload.noFile");
            return;
        }
        long maxBytes = settings.invoiceMaxBytes();
        if (file.getSize() > maxBytes) {
            Feedback.fail(new InvoiceTooLargeException(file.getSize(), maxBytes), language.getLocale(), Map.of("error.invoice.tooLarge", FILE_INPUT));
            return;
        }
        String contentType = contentType(file.getFileName());
        if (contentType == null) {
            Feedback.fieldError(FILE_INPUT, "supplierInvoices.upload.wrongType", file.getFileName());
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ReceivedInvoice received = invoicing.receive(content.readAllBytes(), contentType);
            long invoiceId = received.invoice().getId();
            result = new UploadResult(invoiceId, received.invoice().getNumber(), SupplierFacingStatus.of(received.invoice()).name(),
                    received.invoice().isRejected(), received.alreadyReceived(), views.validation(invoiceId));
        } catch (BusinessException e) {
            Feedback.fail(e, language.getLocale(), Map.of(e.messageKey(), FILE_INPUT));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded invoice file " + file.getFileName(), e);
        }
    }

    /** Returns the content type the invoice readers expect for the file's extension, or null for another type. */
    static String contentType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return null;
    }

    /** Returns the largest file accepted, in bytes, the same limit as the API's. */
    public long getMaxBytes() {
        return settings.invoiceMaxBytes();
    }

    public LazyDataModel<Views.InvoiceRow> getInvoices() {
        return invoices;
    }

    public UploadResult getResult() {
        return result;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
