package org.openprocure.invoicing;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.validation.DocumentHeader;
import org.openprocure.invoicing.validation.InvoiceValidator.ValidatedDocument;
import org.openprocure.invoicing.validation.ValidationReports;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;
import org.openprocure.supplier.SupplierService;

/**
 * Keeps a document that fails the EN 16931 validation: the original bytes unchanged, the report,
 * and an invoice in status REJECTED (lifecycle 213 Rejetée) with what could be read of its header.
 * Nothing is matched, corrected or dropped. The same bytes posted again return the invoice kept
 * the first time and store nothing.
 */
@Stateless
@PermitAll
public class InvoiceRejection {

    private static final Logger LOG = Logger.getLogger(InvoiceRejection.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private ValidationReports reports;

    @Inject
    private SupplierScope scope;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private InvoiceLifecycleService lifecycle;

    /**
     * Keeps the rejected document.
     *
     * @param read   the invoice as a reader bound it, or null when no reader could bind it
     * @param sender the supplier a channel authenticated, such as the cXML endpoint, or null for a user's post
     */
    public ReceivedInvoice keep(byte[] body, String storedContentType, String format, ValidatedDocument validated,
                                IncomingInvoice read, String actor, Supplier sender) {
        Optional<SupplierInvoice> earlier = findRejectedDocument(InvoiceDocument.sha256(body));
        if (earlier.isPresent()) {
            scope.requireVisible(DocumentType.SUPPLIER_INVOICE, earlier.get().getId(), earlier.get().getSupplier());
            LOG.info(() -> "Rejected invoice " + earlier.get().getId() + " posted again; the stored one is returned");
            return new ReceivedInvoice(earlier.get(), true);
        }

        SupplierInvoice invoice = SupplierInvoice.rejected(read != null ? read : headerOnly(validated.header()), format, actor);
        assignSupplier(invoice, sender);
        entityManager.persist(invoice);
        entityManager.persist(new InvoiceDocument(invoice.getId(), storedContentType, body));
        reports.record(invoice.getId(), validated.outcome());
        List<String> failedRules = validated.outcome().failedRuleIds();
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "REJECTED", actor, "failed rules " + String.join(", ", failedRules));
        lifecycle.refresh(invoice, actor);

        LOG.info(() -> "Invoice " + invoice.getId() + " kept as rejected (" + format + "), failed rules " + failedRules);
        return new ReceivedInvoice(invoice, false);
    }

    // NOTE: no unique index backs this lookup, so two posts of the same rejected bytes at the same moment may keep two copies.
    private Optional<SupplierInvoice> findRejectedDocument(String sha256) {
        return entityManager.createQuery("""
                        select i from SupplierInvoice i, InvoiceDocument d
                        where d.invoiceId = i.id and d.sha256 = :sha256 and i.status = :rejected
                        order by i.id""", SupplierInvoice.class)
                .setParameter("sha256", sha256)
                .setParameter("rejected", InvoiceStatus.REJECTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Returns the header values that validation found, for a document that no reader could bind. */
    private static IncomingInvoice headerOnly(DocumentHeader header) {
        return new IncomingInvoice(header.number(), header.issueDate(), header.currency(), null, header.sellerName(),
                header.sellerVatId(), null, null, null, List.of(),
                header.creditNote() ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE, null);
    }

    /**
     * Binds the invoice to its supplier: the one a channel authenticated, else the supplier user's
     * company. A supplier user's document is their company's: one that
     * names another seller's VAT identifier is refused and not stored, one that names none is
     * kept as theirs so that they see its report.
     */
    private void assignSupplier(SupplierInvoice invoice, Supplier sender) {
        if (sender != null) {
            if (!invoice.mayComeFrom(sender)) {
                throw new InvalidInputException("error.invoice.notOwnCompany", String.valueOf(invoice.getSellerVatId()), sender.getName());
            }
            invoice.identifySupplier(sender);
        } else if (scope.restriction().isPresent()) {
            Supplier own = scope.callerSupplier().orElseThrow(() -> new InvalidInputException("error.invoice.noSupplierBinding"));
            if (invoice.getSellerVatId() != null && !invoice.mayComeFrom(own)) {
                throw new InvalidInputException("error.invoice.notOwnCompany", invoice.getSellerVatId(), own.getName());
            }
            invoice.identifySupplier(own);
        } else if (invoice.getSellerVatId() != null) {
            suppliers.findByVatId(invoice.getSellerVatId()).ifPresent(invoice::identifySupplier);
        }
    }
}
