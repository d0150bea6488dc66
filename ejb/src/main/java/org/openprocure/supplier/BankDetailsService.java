package org.openprocure.supplier;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.notification.Notification;
import org.openprocure.notification.Notifications;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;

/**
 * Requests, approves and rejects changes of a supplier's bank details. A supplier user may request
 * a change for their own company, but only buyer-side staff decide, and never on their own request.
 * On approval the supplier's contact, as known before the change, gets an e-mail about it.
 */
@Stateless
@PermitAll
public class BankDetailsService {

    private static final Logger LOG = Logger.getLogger(BankDetailsService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Notifications notifications;

    @Resource
    private SessionContext session;

    /** Stores a PENDING change. The supplier's bank details stay as they are until someone else approves it. */
    @RolesAllowed({"supplier", "buyer", "accounts-payable", "administrator"})
    public BankDetailsChange request(long supplierId, String iban, String bic, String accountHolder) {
        Supplier supplier = suppliers.get(supplierId);
        BankDetails details = new BankDetails(iban, bic, accountHolder);
        // Serializes requests for one supplier, so two concurrent requests cannot both find no pending change.
        entityManager.lock(supplier, LockModeType.PESSIMISTIC_WRITE);
        Optional<BankDetailsChange> pending = findPending(supplier);
        if (pending.isPresent()) {
            throw new InvalidInputException("error.bankDetails.pendingExists", supplier.getName(), pending.get().getId());
        }
        String requester = caller();
        BankDetailsChange change = new BankDetailsChange(supplier, details, requester);

        entityManager.persist(change);
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "BANK_DETAILS_CHANGE_REQUESTED", requester,
                "Change " + change.getId() + " to the IBAN ending " + details.ibanEnding());

        LOG.info(() -> "Bank details change " + change.getId() + " requested for supplier " + supplier.getId());
        return change;
    }

    /** Approves the change, replaces the supplier's bank details and e-mails the supplier's contact. */
    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public BankDetailsChange approve(long supplierId, long changeId) {
        BankDetailsChange change = get(supplierId, changeId);
        Supplier supplier = change.getSupplier();
        String approver = caller();
        String previousIbanEnding = BankDetails.ibanEnding(supplier.getIban());
        String previousContact = supplier.getContactEmail();

        change.approve(approver);
        String notified = notifyContact(supplier, previousContact, change);
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "BANK_DETAILS_CHANGED", approver,
                "Change " + change.getId() + " requested by " + change.getRequestedBy() + ": IBAN ending "
                        + (previousIbanEnding == null ? "(none)" : previousIbanEnding) + " replaced by IBAN ending "
                        + change.getIbanEnding() + "; " + notified);

        LOG.info(() -> "Bank details change " + change.getId() + " approved for supplier " + supplier.getId());
        return change;
    }

    @RolesAllowed({"buyer", "accounts-payable", "administrator"})
    public BankDetailsChange reject(long supplierId, long changeId, String reason) {
        BankDetailsChange change = get(supplierId, changeId);
        String approver = caller();

        change.reject(approver, reason);
        auditTrail.record(DocumentType.SUPPLIER, supplierId, "BANK_DETAILS_CHANGE_REJECTED", approver,
                "Change " + change.getId() + ": " + change.getRejectionReason());

        LOG.info(() -> "Bank details change " + change.getId() + " rejected for supplier " + supplierId);
        return change;
    }

    /** Returns the change. A supplier user gets only their own company's and any other as not found. */
    @RolesAllowed({"supplier", "buyer", "accounts-payable", "administrator"})
    public BankDetailsChange get(long supplierId, long changeId) {
        Supplier supplier = suppliers.get(supplierId);
        BankDetailsChange change = entityManager.find(BankDetailsChange.class, changeId);
        if (change == null || !change.getSupplier().getId().equals(supplier.getId())) {
            throw new DocumentNotFoundException(DocumentType.BANK_DETAILS_CHANGE, changeId);
        }
        return change;
    }

    /** Returns one page of the supplier's changes, newest first. A supplier user gets only their own company's. */
    @RolesAllowed({"supplier", "buyer", "accounts-payable", "administrator"})
    public List<BankDetailsChange> list(long supplierId, int first, int size) {
        Supplier supplier = suppliers.get(supplierId);
        return entityManager.createQuery("""
                        select c from BankDetailsChange c
                        where c.supplier = :supplier
                        order by c.requestedAt desc, c.id desc""", BankDetailsChange.class)
                .setParameter("supplier", supplier)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    private Optional<BankDetailsChange> findPending(Supplier supplier) {
        return entityManager.createQuery(
                        "select c from BankDetailsChange c where c.supplier = :supplier and c.status = :status", BankDetailsChange.class)
                .setParameter("supplier", supplier)
                .setParameter("status", BankDetailsChangeStatus.PENDING)
                .getResultStream()
                .findFirst();
    }

    /**
     * Queues the e-mail to the contact known before the change, in the contact's language, and
     * returns what happened for the audit detail. A supplier without a contact is not notified.
     */
    private String notifyContact(Supplier supplier, String contactEmail, BankDetailsChange change) {
        if (contactEmail == null) {
            LOG.warning(() -> "Supplier " + supplier.getId() + " has no contact e-mail, so nobody was told of bank details change "
                    + change.getId());
            return "supplier has no contact e-mail, so nobody at the supplier was notified";
        }
        String language = supplier.getContactLanguage();
        Locale locale = Locale.forLanguageTag(language);
        String subject = Messages.format(locale, "notification.bankDetailsChanged.subject", supplier.getName());
        String body = Messages.format(locale, "notification.bankDetailsChanged.body", supplier.getName(),
                Date.from(change.getDecidedAt()), change.getIbanEnding());

        Notification notification = notifications.queue(contactEmail, language, subject, body, DocumentType.SUPPLIER, supplier.getId());
        return "supplier contact notified (notification " + notification.getId() + ")";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
