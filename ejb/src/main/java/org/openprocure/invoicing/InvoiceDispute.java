package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * A dispute (litige) with the supplier over one invoice: the reason, the lines and amount in
 * question, the deadline for the supplier's reply, and the outcome.
 */
@Entity
@Table(name = "invoice_dispute")
public class InvoiceDispute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_dispute_seq")
    @SequenceGenerator(name = "invoice_dispute_seq", sequenceName = "invoice_dispute_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    private DisputeReason reason;

    @Column(nullable = false)
    private String description;

    @Column(name = "disputed_lines")
    private String disputedLines;

    @Column(name = "disputed_amount")
    private BigDecimal disputedAmount;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeStatus status = DisputeStatus.OPEN;

    @Enumerated(EnumType.STRING)
    private DisputeOutcome outcome;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.now();

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected InvoiceDispute() {
    }

    InvoiceDispute(SupplierInvoice invoice, DisputeDraft draft, String openedBy) {
        this.invoice = invoice;
        this.reason = Inputs.requirePresent(draft.reason(), "reason");
        this.description = Inputs.requireText(draft.description(), "description", 2000);
        this.disputedLines = Inputs.optionalText(draft.disputedLines(), "disputedLines", 1000);
        if (draft.disputedAmount() != null) {
            BigDecimal amount = Inputs.requirePositive(draft.disputedAmount(), "disputedAmount");
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("error.dispute.amountCents", "disputedAmount", amount.toPlainString());
            }
            this.disputedAmount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (draft.deadline() != null && draft.deadline().isBefore(LocalDate.now())) {
            throw new InvalidInputException("error.dispute.pastDeadline", draft.deadline().toString());
        }
        this.deadline = draft.deadline();
        this.openedBy = openedBy;
    }

    void resolve(DisputeOutcome result, String note, String actor) {
        if (status != DisputeStatus.OPEN) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, invoice.getNumber(), status, "resolve the dispute");
        }
        this.outcome = Inputs.requirePresent(result, "outcome");
        this.resolutionNote = Inputs.optionalText(note, "note", 2000);
        this.status = DisputeStatus.RESOLVED;
        this.resolvedBy = actor;
        this.resolvedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public SupplierInvoice getInvoice() {
        return invoice;
    }

    public DisputeReason getReason() {
        return reason;
    }

    public String getDescription() {
        return description;
    }

    public String getDisputedLines() {
        return disputedLines;
    }

    public BigDecimal getDisputedAmount() {
        return disputedAmount;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public DisputeOutcome getOutcome() {
        return outcome;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
