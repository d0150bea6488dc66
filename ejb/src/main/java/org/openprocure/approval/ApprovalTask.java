package org.openprocure.approval;

import java.time.Instant;

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

/** One approver's part in an approval step. */
@Entity
@Table(name = "approval_task")
public class ApprovalTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_task_seq")
    @SequenceGenerator(name = "approval_task_seq", sequenceName = "approval_task_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id")
    private ApprovalStep step;

    @Column(nullable = false)
    private String approver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalTaskStatus status = ApprovalTaskStatus.OPEN;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ApprovalTask() {
    }

    ApprovalTask(ApprovalStep step, String approver) {
        this.step = step;
        this.approver = approver;
    }

    boolean isOpenFor(String user) {
        return status == ApprovalTaskStatus.OPEN && approver.equals(user);
    }

    void decide(ApprovalTaskStatus decision) {
        status = decision;
        decidedAt = Instant.now();
    }

    void close() {
        if (status == ApprovalTaskStatus.OPEN) {
            status = ApprovalTaskStatus.CLOSED;
        }
    }

    public String getApprover() {
        return approver;
    }

    public ApprovalTaskStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
