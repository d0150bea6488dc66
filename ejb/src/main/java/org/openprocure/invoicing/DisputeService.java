package org.openprocure.invoicing;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * Disputes (litiges) of accounts payable with a supplier over an invoice. Opening one e-mails the
 * supplier's contact and moves the invoice to 207 in dispute. The outcome moves it on, to 210
 * refused when the invoice is refused.
 */
@Stateless
@PermitAll
public class DisputeService {

    private static final Logger LOG = Logger.getLogger(DisputeService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private InvoicingService invoicing;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<InvoiceDisputeOpened> disputeOpened;

    @Inject
    private Event<InvoiceDisputeClosed> disputeClosed;

    @Resource
    private SessionContext session;

    @RolesAllowed("accounts-payable")
    public InvoiceDispute open(long invoiceId, DisputeDraft draft) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        if (invoice.isRejected()) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, invoice.getNumber(), LifecycleStatus.REJECTED,
                    "open a dispute");
        }
        if (lifecycle.hasOpenDispute(invoice)) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, invoice.getNumber(), LifecycleStatus.IN_DISPUTE,
                    "open another dispute");
        }
        String actor = session.getCallerPrincipal().getName();
        InvoiceDispute dispute = new InvoiceDispute(invoice, draft, actor);
        entityManager.persist(dispute);
        String notice = lifecycle.tellSupplier(invoice, "notification.disputeOpened", invoice.getNumber(), dispute.getDescription(),
                dispute.getDeadline() == null ? "-" : dispute.getDeadline().toString());
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "DISPUTE_OPENED", actor,
                dispute.getReason() + ", dispute " + dispute.getId() + ", " + notice);
        auditTrail.record(DocumentType.INVOICE_DISPUTE, dispute.getId(), "DISPUTE_OPENED", actor,
                dispute.getReason() + ", invoice " + invoice.getNumber());
        lifecycle.refresh(invoice, actor);
        disputeOpened.fire(new InvoiceDisputeOpened(invoice.getId(), dispute.getId()));

        LOG.info(() -> "Dispute " + dispute.getId() + " opened on invoice " + invoiceId);
        return dispute;
    }

    @RolesAllowed("accounts-payable")
    public InvoiceDispute resolve(long invoiceId, long disputeId, DisputeOutcome outcome, String note) {
        InvoiceDispute dispute = get(invoiceId, disputeId);
        String actor = session.getCallerPrincipal().getName();
        dispute.resolve(outcome, note, actor);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoiceId, "DISPUTE_RESOLVED", actor, outcome + ", dispute " + disputeId);
        auditTrail.record(DocumentType.INVOICE_DISPUTE, disputeId, "DISPUTE_RESOLVED", actor, outcome.name());
        lifecycle.refresh(dispute.getInvoice(), actor);
        disputeClosed.fire(new InvoiceDisputeClosed(invoiceId, disputeId, outcome));

        LOG.info(() -> "Dispute " + disputeId + " on invoice " + invoiceId + " resolved: " + outcome);
        return dispute;
    }

    /** Returns the invoice's disputes, oldest first, to those who may see the invoice. */
    public List<InvoiceDispute> forInvoice(long invoiceId) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        return entityManager.createQuery("select d from InvoiceDispute d where d.invoice = :invoice order by d.id", InvoiceDispute.class)
                .setParameter("invoice", invoice)
                .getResultList();
    }

    /** Returns one page of the disputes with the status, or of all disputes when it is null, newest first. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public List<InvoiceDispute> search(DisputeStatus status, int first, int size) {
        String where = status == null ? "" : " where d.status = :status";
        TypedQuery<InvoiceDispute> query = entityManager.createQuery(
                "select d from InvoiceDispute d join fetch d.invoice" + where + " order by d.openedAt desc, d.id desc", InvoiceDispute.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(size, 1)).getResultList();
    }

    /** Counts the disputes with the status, or all disputes when it is null. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public long count(DisputeStatus status) {
        if (status == null) {
            return entityManager.createQuery("select count(d) from InvoiceDispute d", Long.class).getSingleResult();
        }
        return entityManager.createQuery("select count(d) from InvoiceDispute d where d.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Returns the dispute, to accounts payable and administrators. */
    @RolesAllowed({"accounts-payable", "administrator"})
    public InvoiceDispute get(long disputeId) {
        InvoiceDispute dispute = entityManager.find(InvoiceDispute.class, disputeId);
        if (dispute == null) {
            throw new DocumentNotFoundException(DocumentType.INVOICE_DISPUTE, disputeId);
        }
        return dispute;
    }

    private InvoiceDispute get(long invoiceId, long disputeId) {
        SupplierInvoice invoice = invoicing.get(invoiceId);
        InvoiceDispute dispute = entityManager.find(InvoiceDispute.class, disputeId);
        if (dispute == null || !dispute.getInvoice().getId().equals(invoice.getId())) {
            throw new DocumentNotFoundException(DocumentType.INVOICE_DISPUTE, disputeId);
        }
        return dispute;
    }
}
