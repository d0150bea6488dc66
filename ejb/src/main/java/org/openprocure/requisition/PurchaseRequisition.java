package org.openprocure.requisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Money;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;

/**
 * A request to buy, written by a requester. It is submitted, then approved or rejected, and
 * approval issues the purchase orders. Below the automatic approval limit it is approved at once.
 * Above it, it follows the steps of the approval rule set current at submission, or, before any
 * rule set is published, waits for one approver within their approval limit.
 *
 * <p>Once approved, a buyer's change to one of its orders beyond tolerance sends it back to
 * approval as CHANGE_SUBMITTED with the total it would have, and approval or rejection of the
 * change returns it to APPROVED.
 */
@Entity
@Table(name = "purchase_requisition")
public class PurchaseRequisition {

    /** The cost centre of punch-out lines whose requester chose none yet; such a requisition cannot be submitted. */
    public static final String COST_CENTRE_TO_ASSIGN = "TO-ASSIGN";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_requisition_seq")
    @SequenceGenerator(name = "purchase_requisition_seq", sequenceName = "purchase_requisition_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String requester;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequisitionStatus status = RequisitionStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "approval_rule_set_version")
    private Integer approvalRuleSetVersion;

    /** The total excluding VAT, in the company currency, that a pending order change would give; null otherwise. */
    @Column(name = "change_total")
    private BigDecimal changeTotal;

    @Column(name = "change_currency")
    private String changeCurrency;

    @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<RequisitionLine> lines = new ArrayList<>();

    protected PurchaseRequisition() {
    }

    PurchaseRequisition(String number, String requester, String title, List<RequisitionLineDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("error.requisition.noLines");
        }
        this.number = number;
        this.requester = requester;
        String text = Inputs.optionalText(title, "title", 255);
        this.title = text == null ? number : text;
        for (RequisitionLineDraft draft : drafts) {
            lines.add(new RequisitionLine(this, lines.size() + 1, draft));
        }
    }

    /**
     * Replaces the lines that an earlier punch-out to this supplier brought, and adds the new cart
     * after the other lines. Only a draft can change.
     */
    public void replacePunchOutLines(Supplier supplier, List<RequisitionLineDraft> drafts) {
        requireStatus(RequisitionStatus.DRAFT, "edit");
        lines.removeIf(line -> line.isPunchedOut() && line.getSupplier().getId().equals(supplier.getId()));
        int next = lines.stream().mapToInt(RequisitionLine::getLineNumber).max().orElse(0) + 1;
        for (RequisitionLineDraft draft : drafts) {
            lines.add(new RequisitionLine(this, next++, draft));
        }
    }

    /** Sets the cost centre of the lines that carry the placeholder a punch-out gives when none was chosen. */
    public int assignCostCentre(String code) {
        requireStatus(RequisitionStatus.DRAFT, "edit");
        int assigned = 0;
        for (RequisitionLine line : lines) {
            if (line.getCostCentre().equals(COST_CENTRE_TO_ASSIGN)) {
                line.assignCostCentre(code);
                assigned++;
            }
        }
        return assigned;
    }

    public void submit(String actor) {
        requireStatus(RequisitionStatus.DRAFT, "submit");
        if (!requester.equals(actor)) {
            throw new DutySegregationException("error.requisition.notRequester", number, actor);
        }
        for (RequisitionLine line : lines) {
            if (COST_CENTRE_TO_ASSIGN.equals(line.getCostCentre())) {
                throw new InvalidInputException("error.requisition.costCentreToAssign", number, String.valueOf(line.getLineNumber()));
            }
        }
        status = RequisitionStatus.SUBMITTED;
    }

    /** Records the approval rule set version that the requisition, or its pending order change, follows until it is decided. */
    public void followApprovalRules(int ruleSetVersion) {
        requireAwaitingDecision("approve");
        approvalRuleSetVersion = ruleSetVersion;
    }

    /**
     * Sends the approved requisition back to approval for a change to one of its orders. The total
     * is what the requisition would cost with the change, or null when an order is in another
     * currency than the company's.
     */
    public void submitChange(Money total) {
        requireStatus(RequisitionStatus.APPROVED, "change");
        status = RequisitionStatus.CHANGE_SUBMITTED;
        changeTotal = total == null ? null : total.amount();
        changeCurrency = total == null ? null : total.currency();
    }

    /** Ends the approval of a pending order change, approved or rejected; the requisition itself stays approved. */
    public void decideChange(String approver, String action) {
        requireDecidableBy(approver, action);
        if (status != RequisitionStatus.CHANGE_SUBMITTED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_REQUISITION, number, status, action);
        }
        status = RequisitionStatus.APPROVED;
        changeTotal = null;
        changeCurrency = null;
    }

    /** Returns whether the requisition waits for the approval of a change to one of its orders. */
    public boolean isChangeSubmitted() {
        return status == RequisitionStatus.CHANGE_SUBMITTED;
    }

    /** Passes when the requisition waits for a decision and the approver is not its requester; errors name the action, approve or reject. */
    public void requireDecidableBy(String approver, String action) {
        requireAwaitingDecision(action);
        if (requester.equals(approver)) {
            throw new DutySegregationException("error.requisition.ownApproval", number);
        }
    }

    public void approve(String approver) {
        requireStatus(RequisitionStatus.SUBMITTED, "approve");
        requireDecidableBy(approver, "approve");
        decide(RequisitionStatus.APPROVED, approver);
    }

    /** Approves without a person, because the approval policy found the amount below the limit. */
    void approveAutomatically(String policyActor) {
        requireStatus(RequisitionStatus.SUBMITTED, "approve");
        decide(RequisitionStatus.APPROVED, policyActor);
    }

    public void reject(String approver, String reason) {
        requireStatus(RequisitionStatus.SUBMITTED, "reject");
        requireDecidableBy(approver, "reject");
        rejectionReason = Inputs.requireText(reason, "reason", 1000);
        decide(RequisitionStatus.REJECTED, approver);
    }

    /** Returns the total excluding VAT when every line is in the given currency, or null when some line is not. */
    public Money totalIn(String currency) {
        Money total = Money.zero(currency);
        for (RequisitionLine line : lines) {
            if (!line.getCurrency().equals(currency)) {
                return null;
            }
            total = total.plus(line.netAmount());
        }
        return total;
    }

    /**
     * Returns the total that approvers decide on: the one a pending order change would give, else
     * the total of the lines. Null when some amount is not in the given currency.
     */
    public Money totalUnderApproval(String currency) {
        if (status != RequisitionStatus.CHANGE_SUBMITTED) {
            return totalIn(currency);
        }
        return changeTotal == null || !currency.equals(changeCurrency) ? null : new Money(changeTotal, currency);
    }

    private void decide(RequisitionStatus decision, String actor) {
        status = decision;
        decidedBy = actor;
        decidedAt = Instant.now();
    }

    private void requireAwaitingDecision(String action) {
        if (status != RequisitionStatus.SUBMITTED && status != RequisitionStatus.CHANGE_SUBMITTED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_REQUISITION, number, status, action);
        }
    }

    private void requireStatus(RequisitionStatus expected, String action) {
        if (status != expected) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_REQUISITION, number, status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getRequester() {
        return requester;
    }

    public String getTitle() {
        return title;
    }

    public RequisitionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    /** Returns the approval rule set version the requisition follows, or null when it was decided without one. */
    public Integer getApprovalRuleSetVersion() {
        return approvalRuleSetVersion;
    }

    public List<RequisitionLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
