package org.openprocure.purchasing;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.audit.AuditTrail;
import org.openprocure.platform.Settings;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.Money;

/**
 * Changes issued orders at a buyer's request. A change within {@link ChangeTolerance} is applied
 * at once. One beyond it is kept as a pending change and sends the order's requisition back to
 * approval; the requisition service calls {@link #applyApproved} or {@link #discard} when its
 * approvers decide. Orders imported from the ERP have no requisition and cannot be changed here.
 */
@Stateless
@PermitAll
public class PurchaseOrderChangeService {

    private static final Logger LOG = Logger.getLogger(PurchaseOrderChangeService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private Event<PurchaseOrderRevised> orderRevised;

    @Resource
    private SessionContext session;

    /** Applies the change within tolerance, or keeps it pending and sends the requisition back to approval beyond it. */
    @RolesAllowed("buyer")
    public PurchaseOrderChange request(long orderId, OrderChangeDraft draft) {
        Inputs.requirePresent(draft, "lines");
        PurchaseOrder order = purchaseOrders.getForUpdate(orderId);
        OrderChangeDraft change = order.check(draft);
        PurchaseRequisition requisition = entityManager.find(PurchaseRequisition.class, order.getRequisitionId(), LockModeType.PESSIMISTIC_WRITE);
        pendingChangeOf(requisition.getId()).ifPresent(pending -> {
            throw new OrderChangePendingException(requisition.getNumber(),
                    entityManager.find(PurchaseOrder.class, pending.getPurchaseOrderId()).getNumber());
        });
        String buyer = session.getCallerPrincipal().getName();

        Money approved = approvedTotalOf(order);
        Money proposed = order.totalWith(change);
        ChangeTolerance tolerance = tolerance();
        boolean within = tolerance.covers(approved, proposed, change.addsLines());
        PurchaseOrderChange recorded = new PurchaseOrderChange(order, change, approved, proposed, within, buyer);
        entityManager.persist(recorded);
        String detail = describe(change) + "; approved total " + approved + ", new total " + proposed + ", tolerance " + tolerance.describe();
        if (within) {
            order.apply(change);
            auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "CHANGED", buyer, "within tolerance, revision " + order.getRevision()
                    + ": " + detail);
            orderChanged.fire(new PurchaseOrderChanged(order.getId()));
            orderRevised.fire(new PurchaseOrderRevised(order.getId(), order.getRevision()));
        } else {
            auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "CHANGE_SUBMITTED", buyer, "beyond tolerance: " + detail);
            sendToApproval(requisition, order, proposed, buyer, detail);
        }

        LOG.info(() -> "Purchase order " + order.getNumber() + " change " + recorded.getId() + " " + recorded.getStatus());
        return recorded;
    }

    /** Applies the requisition's pending change to its order, which the supplier must then confirm again on the changed lines. */
    public PurchaseOrder applyApproved(PurchaseRequisition requisition, String approver) {
        PurchaseOrderChange change = requirePendingChangeOf(requisition);
        PurchaseOrder order = purchaseOrders.getForUpdate(change.getPurchaseOrderId());

        // The order may have been shipped or received while the change waited, so it is checked again.
        order.apply(order.check(change.change()));
        order.approveTotal(order.netTotal());
        change.approve(approver);
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "CHANGE_APPROVED", approver, "revision " + order.getRevision()
                + ": " + describe(change.change()) + "; approved total now " + order.getApprovedTotal());
        orderChanged.fire(new PurchaseOrderChanged(order.getId()));
        orderRevised.fire(new PurchaseOrderRevised(order.getId(), order.getRevision()));

        LOG.info(() -> "Purchase order " + order.getNumber() + " change " + change.getId() + " approved and applied");
        return order;
    }

    /** Rejects the requisition's pending change; its order keeps the content it had. */
    public void discard(PurchaseRequisition requisition, String approver, String reason) {
        PurchaseOrderChange change = requirePendingChangeOf(requisition);

        change.reject(approver);
        auditTrail.record(DocumentType.PURCHASE_ORDER, change.getPurchaseOrderId(), "CHANGE_REJECTED", approver, reason);

        LOG.info(() -> "Purchase order change " + change.getId() + " rejected, order " + change.getPurchaseOrderId() + " unchanged");
    }

    /** Returns the order's changes, oldest first, to staff only. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<PurchaseOrderChange> changesOf(long orderId) {
        purchaseOrders.get(orderId);
        return entityManager.createQuery("select c from PurchaseOrderChange c where c.purchaseOrderId = :orderId order by c.id",
                        PurchaseOrderChange.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }

    public Optional<PurchaseOrderChange> pendingChangeOf(long requisitionId) {
        return entityManager.createQuery("""
                        select c from PurchaseOrderChange c where c.requisitionId = :requisitionId and c.status = :pending""",
                        PurchaseOrderChange.class)
                .setParameter("requisitionId", requisitionId)
                .setParameter("pending", OrderChangeStatus.PENDING_APPROVAL)
                .getResultStream()
                .findFirst();
    }

    /**
     * Marks the requisition as waiting for the change and plans its new round of approval. The total
     * approvers see is that of all its orders, with this order's proposed total in place of its
     * approved one. It is null when an order is in another currency than the company's.
     */
    private void sendToApproval(PurchaseRequisition requisition, PurchaseOrder order, Money proposed, String buyer, String detail) {
        Money total = requisitionTotalWith(order, proposed);
        requisition.submitChange(total);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "CHANGE_SUBMITTED", buyer,
                "order " + order.getNumber() + " beyond tolerance: " + detail);
        approvalCircuits.restart(requisition, total, buyer, "change to order " + order.getNumber()).ifPresent(requisition::followApprovalRules);
    }

    private Money requisitionTotalWith(PurchaseOrder changed, Money proposed) {
        String currency = settings.companyCurrency();
        Money total = Money.zero(currency);
        for (PurchaseOrder order : purchaseOrders.issuedFrom(changed.getRequisitionId())) {
            Money amount = order.getId().equals(changed.getId()) ? proposed : approvedTotalOf(order);
            if (!amount.currency().equals(currency)) {
                return null;
            }
            total = total.plus(amount);
        }
        return total;
    }

    private PurchaseOrderChange requirePendingChangeOf(PurchaseRequisition requisition) {
        return pendingChangeOf(requisition.getId()).orElseThrow(() -> new IllegalStateException(
                "Requisition " + requisition.getNumber() + " waits for an order change but has no pending change"));
    }

    private static Money approvedTotalOf(PurchaseOrder order) {
        return order.getApprovedTotal() == null ? order.netTotal() : order.getApprovedTotal();
    }

    private ChangeTolerance tolerance() {
        return new ChangeTolerance(settings.changeTolerancePercent(), new Money(settings.changeToleranceAmount(), settings.companyCurrency()));
    }

    /**
     * Describes the change in codes, the same in every language: "line 1 unit price 104, line 2
     * quantity 3 delivery date 2027-01-29, new line 3 quantity 2 unit price 50".
     */
    private static String describe(OrderChangeDraft change) {
        StringBuilder detail = new StringBuilder();
        for (LineChange line : change.lines()) {
            detail.append(detail.isEmpty() ? "" : ", ").append("line ").append(line.lineNumber());
            if (line.quantity() != null) {
                detail.append(" quantity ").append(line.quantity().stripTrailingZeros().toPlainString());
            }
            if (line.unitPrice() != null) {
                detail.append(" unit price ").append(line.unitPrice().stripTrailingZeros().toPlainString());
            }
            if (line.deliveryDate() != null) {
                detail.append(" delivery date ").append(line.deliveryDate());
            }
        }
        for (OrderLineDraft line : change.newLines()) {
            detail.append(detail.isEmpty() ? "" : ", ").append("new line ").append(line.lineNumber())
                    .append(" quantity ").append(line.quantity().stripTrailingZeros().toPlainString())
                    .append(" unit price ").append(line.unitPrice().stripTrailingZeros().toPlainString());
        }
        return detail.toString();
    }
}
