package org.openprocure.web.invoices;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.invoicing.DisputeDraft;
import org.openprocure.invoicing.DisputeReason;
import org.openprocure.invoicing.DisputeService;
import org.openprocure.invoicing.InvoiceDocument;
import org.openprocure.invoicing.InvoicePaymentService;
import org.openprocure.invoicing.InvoicingService;
import org.openprocure.invoicing.PaymentDraft;
import org.openprocure.shared.BusinessException;
import org.openprocure.web.LanguageSelector;
import org.openprocure.web.document.LiveDocumentPage;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs /invoice.xhtml?id=N: one invoice with its three-way match, related documents and payments,
 * and accounts payable's actions on it. Each action calls its service, which checks the caller's
 * role, and a service error about an input shows next to that input.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable, LiveDocumentPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoicePageReader reader;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private DisputeService disputes;

    @Inject
    private InvoicePaymentService payments;

    @Inject
    private LanguageSelector language;

    private Long id;
    private InvoicePage page;

    private String acceptanceReason;
    private String holdReason;
    private String creditNoteReason;
    private DisputeReason disputeReason;
    private String disputeDescription;
    private String disputedLines;
    private BigDecimal disputedAmount;
    private LocalDate disputeDeadline;
    private String orderNumber;
    private BigDecimal paymentAmount;
    private LocalDate paymentDate;
    private String paymentReference;

    /** Reads the invoice named by the id parameter. An unknown id, or one the user may not see, leaves an error message. */
    @Override
    public void load() {
        if (id == null) {
            return;
        }
        try {
            page = reader.read(id, language.getLocale());
        } catch (BusinessException e) {
            page = null;
            FieldErrors.show(e, Map.of(), language.getLocale());
        }
    }

    public void acceptDiscrepancy() {
        if (act(() -> invoicing.acceptDiscrepancy(id, acceptanceReason), "invoice.accepted",
                Map.of("reason", "acceptForm:acceptanceReason"))) {
            acceptanceReason = null;
        }
    }

    public void hold() {
        if (act(() -> invoicing.hold(id, holdReason), "invoice.heldMessage", Map.of("reason", "holdForm:holdReason"))) {
            holdReason = null;
        }
    }

    public void release() {
        act(() -> invoicing.release(id), "invoice.releasedMessage", Map.of());
    }

    public void requestCreditNote() {
        if (act(() -> invoicing.requestCreditNote(id, creditNoteReason), "invoice.creditNoteRequested",
                Map.of("reason", "creditNoteForm:creditNoteReason"))) {
            creditNoteReason = null;
        }
    }

    public void openDispute() {
        DisputeDraft draft = new DisputeDraft(disputeReason, disputeDescription, disputedLines, disputedAmount, disputeDeadline);
        boolean opened = act(() -> disputes.open(id, draft), "invoice.disputeOpened", Map.of(
                "reason", "disputeForm:disputeReason",
                "description", "disputeForm:disputeDescription",
                "disputedLines", "disputeForm:disputedLines",
                "disputedAmount", "disputeForm:disputedAmount",
                "deadline", "disputeForm:disputeDeadline"));
        if (opened) {
            disputeReason = null;
            disputeDescription = null;
            disputedLines = null;
            disputedAmount = null;
            disputeDeadline = null;
        }
    }

    public void assignOrder() {
        if (act(() -> invoicing.assignOrder(id, orderNumber), "invoice.orderAssigned", Map.of("orderNumber", "orderForm:orderNumber"))) {
            orderNumber = null;
        }
    }

    public void recordPayment() {
        PaymentDraft draft = new PaymentDraft(paymentAmount, paymentDate, paymentReference);
        boolean recorded = act(() -> payments.recordPayment(id, draft), "invoice.paymentRecorded", Map.of(
                "amount", "paymentForm:paymentAmount",
                "paidOn", "paymentForm:paymentDate",
                "reference", "paymentForm:paymentReference"));
        if (recorded) {
            paymentAmount = null;
            paymentDate = null;
            paymentReference = null;
        }
    }

    /** Returns the invoice file exactly as it was received, for download, or null once its retention period ended and it was deleted. */
    public StreamedContent getOriginal() {
        InvoiceDocument document = invoicing.document(id);
        if (document.getContent() == null) {
            return null;
        }
        String extension = document.getContentType().contains("pdf") ? ".pdf" : ".xml";
        byte[] content = document.getContent();
        return DefaultStreamedContent.builder()
                .name(fileName(page == null ? "invoice-" + id : page.header().number()) + extension)
                .contentType(document.getContentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** Returns the number as a file name: characters other than letters, digits, dots and dashes become underscores. */
    static String fileName(String number) {
        return number.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    public DisputeReason[] getDisputeReasons() {
        return DisputeReason.values();
    }

    /**
     * Runs the action, then reads the invoice again and confirms with the label {@code doneLabel}.
     * A service error shows next to its input, found through {@code inputs}, or at the top.
     */
    private boolean act(Runnable action, String doneLabel, Map<String, String> inputs) {
        try {
            action.run();
        } catch (BusinessException e) {
            FieldErrors.show(e, inputs, language.getLocale());
            return false;
        }
        load();
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "label").getString(doneLabel);
        String text = new MessageFormat(pattern, language.getLocale()).format(new Object[] {page == null ? id : page.header().number()});
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        return true;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InvoicePage getPage() {
        return page;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public void setAcceptanceReason(String acceptanceReason) {
        this.acceptanceReason = acceptanceReason;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public String getCreditNoteReason() {
        return creditNoteReason;
    }

    public void setCreditNoteReason(String creditNoteReason) {
        this.creditNoteReason = creditNoteReason;
    }

    public DisputeReason getDisputeReason() {
        return disputeReason;
    }

    public void setDisputeReason(DisputeReason disputeReason) {
        this.disputeReason = disputeReason;
    }

    public String getDisputeDescription() {
        return disputeDescription;
    }

    public void setDisputeDescription(String disputeDescription) {
        this.disputeDescription = disputeDescription;
    }

    public String getDisputedLines() {
        return disputedLines;
    }

    public void setDisputedLines(String disputedLines) {
        this.disputedLines = disputedLines;
    }

    public BigDecimal getDisputedAmount() {
        return disputedAmount;
    }

    public void setDisputedAmount(BigDecimal disputedAmount) {
        this.disputedAmount = disputedAmount;
    }

    public LocalDate getDisputeDeadline() {
        return disputeDeadline;
    }

    public void setDisputeDeadline(LocalDate disputeDeadline) {
        this.disputeDeadline = disputeDeadline;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }
}
