package org.openprocure.requisition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.approval.ApprovalCircuitService;
import org.openprocure.audit.AuditTrail;
import org.openprocure.catalog.CatalogService;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChangeService;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentNumberSeries;
import org.openprocure.shared.DocumentNumbers;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/**
 * Writes, submits, approves and rejects purchase requisitions. A requisition that follows an
 * approval rule set is decided step by step by the approvers of its open step, whatever their
 * role, and the rules replace the approval limit check. One submitted before any rule set was
 * published is decided by one user with the approver role, within their approval limit.
 */
@Stateless
@PermitAll
public class RequisitionService {

    private static final Logger LOG = Logger.getLogger(RequisitionService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CatalogService catalog;

    @Inject
    private SupplierService suppliers;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private PurchaseOrderChangeService orderChanges;

    @Inject
    private ApprovalPolicy approvalPolicy;

    @Inject
    private ApprovalCircuitService approvalCircuits;

    @Inject
    private DocumentNumbers numbers;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    @RolesAllowed("requester")
    public PurchaseRequisition create(String title, List<RequisitionLineRequest> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("error.requisition.noLines");
        }
        Inputs.requireEntries(lines, "lines");
        List<RequisitionLineDraft> drafts = new ArrayList<>();
        for (RequisitionLineRequest line : lines) {
            drafts.add(draft(line));
        }
        String requester = caller();
        PurchaseRequisition requisition = new PurchaseRequisition(numbers.next(DocumentNumberSeries.PURCHASE_REQUISITION), requester, title, drafts);

        entityManager.persist(requisition);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "CREATED", requester);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " created with " + drafts.size() + " line(s)");
        return requisition;
    }

    /**
     * Checks one line as {@link #create} does, without storing anything, so that a page can show
     * the error next to its field before the line joins the cart.
     */
    @RolesAllowed("requester")
    public void check(RequisitionLineRequest line) {
        draft(line);
    }

    /**
     * Puts a punch-out cart on a requisition for the requester who started the punch-out: a new
     * draft when {@code requisitionId} is null, else that draft, whose earlier lines from this
     * supplier's punch-out the cart replaces. The caller is anonymous, because the supplier's page
     * posts the cart from the browser without the session cookie: the punch-out service has
     * checked the one-time token that stands for the requester.
     */
    @PermitAll
    public PurchaseRequisition receivePunchOutCart(String requester, Long requisitionId, Supplier supplier, List<RequisitionLineDraft> drafts) {
        if (requisitionId == null) {
            PurchaseRequisition requisition = new PurchaseRequisition(numbers.next(DocumentNumberSeries.PURCHASE_REQUISITION), requester,
                    supplier.getName(), drafts);
            entityManager.persist(requisition);
            auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "CREATED", requester, "punch-out");
            LOG.info(() -> "Requisition " + requisition.getNumber() + " created from a punch-out cart of " + drafts.size() + " line(s)");
            return requisition;
        }
        PurchaseRequisition requisition = get(requisitionId);
        requisition.replacePunchOutLines(supplier, drafts);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "PUNCH_OUT_CART", requester, supplier.getCode());
        LOG.info(() -> "Requisition " + requisition.getNumber() + " took a punch-out cart of " + drafts.size() + " line(s)");
        return requisition;
    }

    /** Sets the cost centre of the lines a punch-out left without one. */
    @RolesAllowed("requester")
    public PurchaseRequisition assignCostCentre(long requisitionId, String costCentre) {
        PurchaseRequisition requisition = get(requisitionId);
        String requester = caller();
        if (!requisition.getRequester().equals(requester)) {
            throw new DutySegregationException("error.requisition.notRequester", requisition.getNumber(), requester);
        }
        String code = Inputs.requireText(costCentre, "costCentre", 64);

        int assigned = requisition.assignCostCentre(code);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "COST_CENTRE_ASSIGNED", requester, code);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " cost centre set on " + assigned + " line(s)");
        return requisition;
    }

    /**
     * Submits the requisition. Below the automatic approval limit it is approved at once and its
     * orders issued. Above it, it starts the chain of the current approval rule set, if any.
     */
    @RolesAllowed("requester")
    public PurchaseRequisition submit(long requisitionId) {
        PurchaseRequisition requisition = get(requisitionId);
        String requester = caller();

        requisition.submit(requester);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "SUBMITTED", requester);
        if (approvalPolicy.approvesAutomatically(requisition)) {
            requisition.approveAutomatically(ApprovalPolicy.ACTOR);
            issueOrders(requisition, ApprovalPolicy.ACTOR, null);
        } else {
            approvalCircuits.start(requisition).ifPresent(requisition::followApprovalRules);
        }

        LOG.info(() -> "Requisition " + requisition.getNumber() + " submitted, now " + requisition.getStatus());
        return requisition;
    }

    /**
     * Approves the caller's open step, or the whole requisition when it follows no rule set. The
     * last approval issues the orders, or applies the order change the requisition waits for. The
     * approver's comment (at most 1,000 characters, or null) is kept on their task and in the
     * requisition's timeline.
     */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public PurchaseRequisition approve(long requisitionId, String comment) {
        String checkedComment = Inputs.optionalText(comment, "comment", 1000);
        PurchaseRequisition requisition = get(requisitionId);
        String approver = caller();

        requisition.requireDecidableBy(approver, "approve");
        if (requisition.getApprovalRuleSetVersion() == null) {
            requireApproverRole(requisition);
            approvalPolicy.requireWithinLimit(requisition, approver);
        } else if (!approvalCircuits.approve(requisition, approver, checkedComment)) {
            LOG.info(() -> "Requisition " + requisition.getNumber() + " step approved, the chain goes on");
            return requisition;
        }
        if (requisition.isChangeSubmitted()) {
            return approveChange(requisition, approver, checkedComment);
        }
        requisition.approve(approver);
        Integer ruleSetVersion = requisition.getApprovalRuleSetVersion();
        // With a rule set, the comment is already in the STEP_APPROVED entry of the last step.
        String detail = ruleSetVersion == null ? ApprovalCircuitService.withComment(null, checkedComment)
                : "approval rule set version " + ruleSetVersion;
        issueOrders(requisition, approver, detail);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " approved");
        return requisition;
    }

    /** Rejects the requisition, through the caller's open step when it follows a rule set. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public PurchaseRequisition reject(long requisitionId, String reason) {
        PurchaseRequisition requisition = get(requisitionId);
        String approver = caller();

        requisition.requireDecidableBy(approver, "reject");
        if (requisition.getApprovalRuleSetVersion() == null) {
            requireApproverRole(requisition);
        } else {
            approvalCircuits.reject(requisition, approver, Inputs.optionalText(reason, "reason", 1000));
        }
        if (requisition.isChangeSubmitted()) {
            return rejectChange(requisition, approver, reason);
        }
        requisition.reject(approver, reason);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "REJECTED", approver, requisition.getRejectionReason());

        LOG.info(() -> "Requisition " + requisition.getNumber() + " rejected");
        return requisition;
    }

    /** Returns the requisition, to staff only: supplier users never see requisitions. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public PurchaseRequisition get(long id) {
        PurchaseRequisition requisition = entityManager.find(PurchaseRequisition.class, id);
        if (requisition == null) {
            throw new DocumentNotFoundException(DocumentType.PURCHASE_REQUISITION, id);
        }
        return requisition;
    }

    /** Returns the requisition with its lines and their suppliers loaded, for a caller outside any transaction such as a page. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public PurchaseRequisition getWithLines(long id) {
        PurchaseRequisition requisition = get(id);
        requisition.getLines().forEach(line -> line.getSupplier().getName());
        return requisition;
    }

    /** Returns one page of requisitions, newest first, to staff only. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<PurchaseRequisition> list(int first, int size) {
        return entityManager.createQuery("select r from PurchaseRequisition r order by r.id desc", PurchaseRequisition.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Returns one page of the caller's own requisitions, newest first. */
    @RolesAllowed("requester")
    public List<PurchaseRequisition> listMine(int first, int size) {
        return entityManager.createQuery("select r from PurchaseRequisition r where r.requester = :requester order by r.id desc",
                        PurchaseRequisition.class)
                .setParameter("requester", caller())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Counts the caller's own requisitions. */
    @RolesAllowed("requester")
    public long countMine() {
        return entityManager.createQuery("select count(r) from PurchaseRequisition r where r.requester = :requester", Long.class)
                .setParameter("requester", caller())
                .getSingleResult();
    }

    private PurchaseRequisition approveChange(PurchaseRequisition requisition, String approver, String comment) {
        requisition.decideChange(approver, "approve");
        PurchaseOrder order = orderChanges.applyApproved(requisition, approver);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "CHANGE_APPROVED", approver,
                ApprovalCircuitService.withComment("order " + order.getNumber() + " revision " + order.getRevision() + ", approved total "
                        + order.getApprovedTotal(), comment));

        LOG.info(() -> "Requisition " + requisition.getNumber() + " change to order " + order.getNumber() + " approved");
        return requisition;
    }

    /** Rejects the pending order change only: the requisition stays approved and its orders keep their content. */
    private PurchaseRequisition rejectChange(PurchaseRequisition requisition, String approver, String reason) {
        String checkedReason = Inputs.requireText(reason, "reason", 1000);
        requisition.decideChange(approver, "reject");
        orderChanges.discard(requisition, approver, checkedReason);
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "CHANGE_REJECTED", approver, checkedReason);

        LOG.info(() -> "Requisition " + requisition.getNumber() + " order change rejected");
        return requisition;
    }

    private void issueOrders(PurchaseRequisition requisition, String approver, String detail) {
        auditTrail.record(DocumentType.PURCHASE_REQUISITION, requisition.getId(), "APPROVED", approver, detail);
        List<PurchaseOrder> orders = purchaseOrders.issueFrom(requisition, approver);
        LOG.info(() -> "Requisition " + requisition.getNumber() + " issued " + orders.size() + " purchase order(s)");
    }

    private RequisitionLineDraft draft(RequisitionLineRequest line) {
        if (line.catalogItemId() != null) {
            return RequisitionLineDraft.fromCatalog(catalog.get(line.catalogItemId()), line.quantity(), line.vatRate(),
                    line.costCentre(), line.needByDate(), line.category());
        }
        if (line.supplierId() == null) {
            throw new InvalidInputException("error.requisition.lineWithoutSupplier", line.description());
        }
        BigDecimal basis = line.priceBasisQuantity() == null ? BigDecimal.ONE : line.priceBasisQuantity();
        return new RequisitionLineDraft(suppliers.get(line.supplierId()), null, line.supplierPartNumber(), line.description(),
                line.quantity(), line.unitCode(), line.unitPrice(), basis, line.currency(), line.vatRate(),
                line.costCentre(), line.needByDate(), line.category(), null, null, null, false);
    }

    private void requireApproverRole(PurchaseRequisition requisition) {
        if (!session.isCallerInRole("approver")) {
            throw new DutySegregationException("error.approval.notApprover", requisition.getNumber());
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
