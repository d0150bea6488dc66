package org.openprocure.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.openprocure.audit.AuditEntry;
import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.cdar.CdarWriter;
import org.openprocure.invoicing.cdar.LifecycleMessage;
import org.openprocure.platform.Settings;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;

/**
 * Lists the lifecycle statuses an invoice went through, from the entries {@link InvoiceLifecycleService}
 * records in the audit trail, and writes each as a CDAR message. Both sides may read them: a
 * supplier user sees only its company's invoices.
 */
@Stateless
@PermitAll
public class InvoiceLifecycleHistory {

    /** The prefix of the audit actions that record a lifecycle status, followed by its code, such as LIFECYCLE_205. */
    static final String ACTION_PREFIX = "LIFECYCLE_";

    @Inject
    private InvoicingService invoices;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Settings settings;

    /**
     * A lifecycle status the invoice reached.
     *
     * @param sequence 1 for the first status, one more for each later one
     */
    public record LifecycleChange(int sequence, String code, String label, Instant at) {
    }

    /** Returns the invoice's lifecycle statuses, oldest first. */
    public List<LifecycleChange> changesOf(long invoiceId) {
        invoices.get(invoiceId);
        List<LifecycleChange> changes = new ArrayList<>();
        for (AuditEntry entry : auditTrail.timeline(DocumentType.SUPPLIER_INVOICE, invoiceId)) {
            if (entry.getAction().startsWith(ACTION_PREFIX)) {
                String code = entry.getAction().substring(ACTION_PREFIX.length());
                changes.add(new LifecycleChange(changes.size() + 1, code, CdarWriter.label(code), entry.getOccurredAt()));
            }
        }
        return changes;
    }

    /** Returns the CDAR message of the invoice's status number {@code sequence}, counted from 1. */
    public String cdar(long invoiceId, int sequence) {
        SupplierInvoice invoice = invoices.get(invoiceId);
        List<LifecycleChange> changes = changesOf(invoiceId);
        if (sequence < 1 || sequence > changes.size()) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId + " lifecycle " + sequence);
        }
        LifecycleChange change = changes.get(sequence - 1);
        String typeCode = invoice.getKind() == InvoiceKind.CREDIT_NOTE ? "381" : "380";
        // An invoice read without an issue date (BT-2) is referenced by the day it was received.
        LocalDate issueDate = invoice.getIssueDate() != null ? invoice.getIssueDate()
                : LocalDate.ofInstant(invoice.getReceivedAt(), ZoneId.of("Europe/Paris"));
        return CdarWriter.write(new LifecycleMessage(invoice.getNumber(), typeCode, issueDate, invoice.getReceivedAt(), change.code(),
                change.at(), Instant.now(), settings.companyName(), invoice.getSellerName(), invoice.getSellerVatId()));
    }
}
