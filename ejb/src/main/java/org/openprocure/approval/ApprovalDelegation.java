package org.openprocure.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * While its delegator is away, a delegate decides on the approval tasks of the delegator, from
 * the first day to the last day included, in the server's time zone. A delegation is cancelled,
 * never deleted, so that the audit trail keeps what it allowed.
 */
@Entity
@Table(name = "approval_delegation")
public class ApprovalDelegation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_delegation_seq")
    @SequenceGenerator(name = "approval_delegation_seq", sequenceName = "approval_delegation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String delegator;

    @Column(nullable = false)
    private String delegate;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    protected ApprovalDelegation() {
    }

    ApprovalDelegation(DelegationDraft draft, String delegator, String actor) {
        this.delegator = delegator;
        this.delegate = Inputs.requireText(draft.delegate(), "delegate", 255);
        this.firstDay = Inputs.requirePresent(draft.firstDay(), "firstDay");
        this.lastDay = Inputs.requirePresent(draft.lastDay(), "lastDay");
        if (delegate.equals(delegator)) {
            throw new InvalidInputException("error.delegation.toSelf", delegate);
        }
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("error.delegation.dates", firstDay.toString(), lastDay.toString());
        }
        this.createdBy = actor;
        this.createdAt = OffsetDateTime.now();
    }

    void cancel(String actor) {
        if (cancelledAt == null) {
            cancelledBy = actor;
            cancelledAt = OffsetDateTime.now();
        }
    }

    public boolean isActiveOn(LocalDate day) {
        return cancelledAt == null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() {
        return id;
    }

    public String getDelegator() {
        return delegator;
    }

    public String getDelegate() {
        return delegate;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }
}
