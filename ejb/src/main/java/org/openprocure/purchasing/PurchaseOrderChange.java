package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Money;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * A buyer's change to an order, with the totals it was judged on and its outcome. A change within
 * tolerance is APPLIED when it is made. One beyond tolerance stays PENDING_APPROVAL, and the order
 * keeps its approved content until the requisition's approvers approve or reject it. The checked
 * change is stored as JSON written by JSON-B.
 */
@Entity
@Table(name = "purchase_order_change")
public class PurchaseOrderChange {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_change_seq")
    @SequenceGenerator(name = "purchase_order_change_seq", sequenceName = "purchase_order_change_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "purchase_order_id", nullable = false)
    private long purchaseOrderId;

    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderChangeStatus status;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String currency;

    @Column(name = "approved_total", nullable = false)
    private BigDecimal approvedTotal;

    @Column(name = "proposed_total", nullable = false)
    private BigDecimal proposedTotal;

    @Column(name = "adds_lines", nullable = false)
    private boolean addsLines;

    private String reason;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PurchaseOrderChange() {
    }

    PurchaseOrderChange(PurchaseOrder order, OrderChangeDraft change, Money approved, Money proposed, boolean withinTolerance,
                        String requestedBy) {
        this.purchaseOrderId = order.getId();
        this.requisitionId = order.getRequisitionId();
        this.status = withinTolerance ? OrderChangeStatus.APPLIED : OrderChangeStatus.PENDING_APPROVAL;
        this.content = JSONB.toJson(change);
        this.currency = order.getCurrency();
        this.approvedTotal = approved.amount();
        this.proposedTotal = proposed.amount();
        this.addsLines = change.addsLines();
        this.reason = change.reason();
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    public OrderChangeDraft change() {
        return JSONB.fromJson(content, OrderChangeDraft.class);
    }

    void approve(String approver) {
        decide(OrderChangeStatus.APPROVED, approver);
    }

    void reject(String approver) {
        decide(OrderChangeStatus.REJECTED, approver);
    }

    private void decide(OrderChangeStatus decision, String actor) {
        if (status != OrderChangeStatus.PENDING_APPROVAL) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, "change " + id, status, decision.name());
        }
        status = decision;
        decidedBy = actor;
        decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public long getRequisitionId() {
        return requisitionId;
    }

    public OrderChangeStatus getStatus() {
        return status;
    }

    public Money getApprovedTotal() {
        return new Money(approvedTotal, currency);
    }

    public Money getProposedTotal() {
        return new Money(proposedTotal, currency);
    }

    public boolean addsLines() {
        return addsLines;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
