package org.openprocure.invoicing;

import java.util.List;
import java.util.Locale;
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
import org.openprocure.costcentre.CostCentre;
import org.openprocure.costcentre.CostCentreService;
import org.openprocure.notification.Notifications;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountService;

/**
 * Invoices without an order, such as services and subscriptions: they are not matched but go to the
 * owner of a cost centre, who approves them for payment within their authority limit or refuses
 * them. The invoice's buyer reference (BT-10) chooses the cost centre when it names an open one,
 * else accounts payable chooses it.
 */
@Stateless
@PermitAll
public class InvoiceApprovalService {

    private static final Logger LOG = Logger.getLogger(InvoiceApprovalService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CostCentreService costCentres;

    @Inject
    private UserAccountService users;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** The decision of a cost centre owner. */
    public enum Decision { APPROVE, REFUSE }

    /**
     * Routes a newly received invoice without an order to the cost centre its buyer reference
     * names, when that cost centre exists and is open. Otherwise the invoice waits for accounts payable.
     */
    public void routeByBuyerReference(SupplierInvoice invoice) {
        costCentres.find(invoice.getBuyerReference())
                .filter(CostCentre::isActive)
                .ifPresent(costCentre -> route(invoice, costCentre, null));
    }

    /** Sends an invoice without an order to the owner of the cost centre accounts payable chose. */
    @RolesAllowed("accounts-payable")
    public SupplierInvoice routeToCostCentre(long invoiceId, String costCentreCode) {
        String code = Inputs.requireText(costCentreCode, "costCentre", 64);
        SupplierInvoice invoice = locked(invoiceId);
        CostCentre costCentre = costCentres.find(code)
                .filter(CostCentre::isActive)
                .orElseThrow(() -> new InvalidInputException("error.invoiceApproval.unknownCostCentre", code));
        route(invoice, costCentre, session.getCallerPrincipal().getName());
        return invoice;
    }

    /**
     * Records the owner's decision. Only the owner of the invoice's cost centre decides, never the
     * clerk who routed the invoice there, and approval needs an authority limit that covers the
     * invoice's total excluding VAT. A refusal needs a comment, which the supplier's contact receives by e-mail.
     */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public SupplierInvoice decide(long invoiceId, String decision, String comment) {
        Decision choice = decision(decision);
        SupplierInvoice invoice = locked(invoiceId);
        String actor = session.getCallerPrincipal().getName();
        CostCentre costCentre = costCentres.find(invoice.getCostCentre()).orElse(null);
        if (costCentre == null || !costCentre.getOwner().equals(actor)) {
            throw new DutySegregationException("error.invoiceApproval.notOwner", invoice.getNumber(), String.valueOf(invoice.getCostCentre()));
        }
        if (actor.equals(invoice.getRoutedBy())) {
            throw new DutySegregationException("error.invoiceApproval.ownRouting", invoice.getNumber());
        }
        if (choice == Decision.APPROVE) {
            InvoiceAuthority.require(users.find(actor).orElse(null), invoice, "error.invoiceApproval");
        }
        invoice.decideWithoutOrder(choice == Decision.APPROVE, actor, comment);
        String detail = invoice.getApprovalComment();
        if (choice == Decision.REFUSE) {
            detail = detail + "; " + lifecycle.tellSupplier(invoice, "notification.invoiceRefused", invoice.getNumber(), detail);
        }
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), choice == Decision.APPROVE ? "APPROVED" : "REFUSED", actor, detail);
        lifecycle.refresh(invoice, actor);

        LOG.info(() -> "Invoice " + invoiceId + " " + invoice.getStatus() + " by the owner of cost centre " + costCentre.getCode());
        return invoice;
    }

    /** Returns one page of the invoices waiting for the caller's approval, oldest first. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<SupplierInvoice> awaitingMyApproval(int first, int size) {
        return entityManager.createQuery("""
                        select i from SupplierInvoice i, CostCentre c
                        where i.status = org.openprocure.invoicing.InvoiceStatus.AWAITING_APPROVAL
                        and c.code = i.costCentre and c.owner = :owner
                        order by i.id""", SupplierInvoice.class)
                .setParameter("owner", session.getCallerPrincipal().getName())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    private void route(SupplierInvoice invoice, CostCentre costCentre, String actor) {
        invoice.routeTo(costCentre.getCode(), actor);
        String notice = tellOwner(invoice, costCentre);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "ROUTED_TO_COST_CENTRE", actor == null ? AuditTrail.SYSTEM : actor,
                costCentre.getCode() + (actor == null ? " (buyer reference)" : "") + "; " + notice);
        lifecycle.refresh(invoice, actor == null ? AuditTrail.SYSTEM : actor);
        LOG.info(() -> "Invoice " + invoice.getId() + " routed to cost centre " + costCentre.getCode());
    }

    /** Queues an e-mail to the cost centre's owner, in their language, and returns the audit detail that records it. */
    private String tellOwner(SupplierInvoice invoice, CostCentre costCentre) {
        UserAccount owner = users.find(costCentre.getOwner()).orElse(null);
        if (owner == null || owner.getEmail() == null) {
            LOG.warning(() -> "The owner of cost centre " + costCentre.getCode() + " has no e-mail address on their user record");
            return "owner has no e-mail address";
        }
        Locale locale = Locale.forLanguageTag(owner.getPreferredLanguage());
        String subject = Messages.format(locale, "notification.invoiceToApprove.subject", invoice.getNumber());
        String body = Messages.format(locale, "notification.invoiceToApprove.body", invoice.getNumber(),
                String.valueOf(invoice.getSellerName()), costCentre.getCode(), String.valueOf(invoice.getTotalWithoutVat()),
                invoice.getCurrency());
        long notification = notifications.queue(owner.getEmail(), owner.getPreferredLanguage(), subject, body,
                DocumentType.SUPPLIER_INVOICE, invoice.getId()).getId();
        return "owner told (notification " + notification + ")";
    }

    private SupplierInvoice locked(long invoiceId) {
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        return invoice;
    }

    private static Decision decision(String text) {
        String value = Inputs.requireText(text, "decision", 16);
        try {
            return Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.invoiceApproval.decision", value);
        }
    }
}
