package org.openprocure.invoicing;

import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.notification.Notifications;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Messages;
import org.openprocure.supplier.Supplier;

/**
 * Keeps each invoice's French lifecycle status in step with what happened to it, records each
 * change in the trail and publishes it as an event. It also e-mails the supplier's contact about
 * the invoice when accounts payable needs something from them.
 */
@Stateless
@PermitAll
public class InvoiceLifecycleService {

    private static final Logger LOG = Logger.getLogger(InvoiceLifecycleService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Notifications notifications;

    @Inject
    private Event<InvoiceLifecycleChanged> lifecycleChanged;

    /** Recomputes the invoice's lifecycle status; a change is recorded under the actor's name and published. */
    public void refresh(SupplierInvoice invoice, String actor) {
        LifecycleStatus next = invoice.lifecycle(hasOpenDispute(invoice), rejectedInDispute(invoice));
        if (invoice.moveTo(next)) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "LIFECYCLE_" + next.code(), actor, next.name());
            lifecycleChanged.fire(new InvoiceLifecycleChanged(invoice.getId(), next));
            LOG.info(() -> "Invoice " + invoice.getId() + " now in lifecycle status " + next.code());
        }
    }

    /**
     * Queues an e-mail about the invoice to its supplier's contact, in the contact's language, and
     * returns the audit detail that records it.
     */
    public String tellSupplier(SupplierInvoice invoice, String messageKey, Object... arguments) {
        Supplier supplier = invoice.getSupplier();
        if (supplier == null || supplier.getContactEmail() == null) {
            LOG.warning(() -> "Invoice " + invoice.getId() + " has no supplier contact to write to");
            return "no supplier contact to tell";
        }
        Locale locale = Locale.forLanguageTag(supplier.getContactLanguage());
        String subject = Messages.format(locale, messageKey + ".subject", invoice.getNumber());
        String body = Messages.format(locale, messageKey + ".body", arguments);
        long notification = notifications.queue(supplier.getContactEmail(), supplier.getContactLanguage(), subject, body,
                DocumentType.SUPPLIER_INVOICE, invoice.getId()).getId();
        return "supplier contact told (notification " + notification + ")";
    }

    public boolean hasOpenDispute(SupplierInvoice invoice) {
        return !entityManager.createQuery("select d.id from InvoiceDispute d where d.invoice = :invoice and d.status = :open", Long.class)
                .setParameter("invoice", invoice)
                .setParameter("open", DisputeStatus.OPEN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private boolean rejectedInDispute(SupplierInvoice invoice) {
        return !entityManager.createQuery("select d.id from InvoiceDispute d where d.invoice = :invoice and d.outcome = :refused", Long.class)
                .setParameter("invoice", invoice)
                .setParameter("refused", DisputeOutcome.INVOICE_REFUSED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
