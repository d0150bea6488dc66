package org.openprocure.supplier;

import java.time.Instant;
import java.util.Objects;

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
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * A request to pay a supplier to another account. Changed bank details are a common path of invoice
 * fraud, so the supplier's account changes only when a second person approves. The request is
 * PENDING until someone other than its requester APPROVES it, which replaces the supplier's bank
 * details, or until someone REJECTS it with a reason.
 */
@Entity
@Table(name = "bank_details_change")
public class BankDetailsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_details_change_seq")
    @SequenceGenerator(name = "bank_details_change_seq", sequenceName = "bank_details_change_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(nullable = false)
    private String iban;

    private String bic;

    @Column(name = "account_holder", nullable = false)
    private String accountHolder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BankDetailsChangeStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected BankDetailsChange() {
    }

    public BankDetailsChange(Supplier supplier, BankDetails details, String requestedBy) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.iban = details.iban();
        this.bic = details.bic();
        this.accountHolder = details.accountHolder();
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Instant.now();
        this.status = BankDetailsChangeStatus.PENDING;
    }

    /** Approves the change and replaces the supplier's bank details. The approver must not be the requester. */
    public void approve(String approver) {
        requireStatus("approve");
        if (requestedBy.equals(approver)) {
            throw new DutySegregationException("error.bankDetails.ownApproval", String.valueOf(id), supplier.getName());
        }
        decide(BankDetailsChangeStatus.APPROVED, approver);
        supplier.replaceBankDetails(details());
    }

    /**
     * Rejects the change, which leaves the supplier's bank details as they are. Rejecting needs no
     * second person because it changes nothing, so requesters may reject their own request to correct it.
     */
    public void reject(String approver, String reason) {
        requireStatus("reject");
        rejectionReason = Inputs.requireText(reason, "reason", 1000);
        decide(BankDetailsChangeStatus.REJECTED, approver);
    }

    private void decide(BankDetailsChangeStatus decision, String approver) {
        status = decision;
        decidedBy = Objects.requireNonNull(approver, "approver");
        decidedAt = Instant.now();
    }

    private void requireStatus(String action) {
        if (status != BankDetailsChangeStatus.PENDING) {
            throw new TransitionNotAllowedException(DocumentType.BANK_DETAILS_CHANGE, String.valueOf(id), status, action);
        }
    }

    public BankDetails details() {
        return new BankDetails(iban, bic, accountHolder);
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getIbanEnding() {
        return BankDetails.ibanEnding(iban);
    }

    public String getBic() {
        return bic;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public BankDetailsChangeStatus getStatus() {
        return status;
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

    public String getRejectionReason() {
        return rejectionReason;
    }
}
