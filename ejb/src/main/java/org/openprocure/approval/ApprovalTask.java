package org.openprocure.approval;

import java.time.Instant;
import java.util.Set;

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

    @Column(nullable = false)
    private boolean escalation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalTaskStatus status = ApprovalTaskStatus.OPEN;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String comment;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected ApprovalTask() {
    }

    ApprovalTask(ApprovalStep step, String approver, boolean escalation) {
        this.step = step;
        this.approver = approver;
        this.escalation = escalation;
    }

    boolean isOpen() {
        return status == ApprovalTaskStatus.OPEN;
    }

    /** Returns whether the task is open and its approver has had no reminder yet. */
    boolean needsReminder() {
        return isOpen() && remindedAt == null;
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    boolean isOpenForAny(Set<String> users) {
        return status == ApprovalTaskStatus.OPEN && users.contains(approver);
    }

    /** Records the decision of the actor, who is the approver or their delegate, with their comment, which may be null. */
    void decide(ApprovalTaskStatus decision, String actor, String comment) {
        status = decision;
        decidedBy = actor;
        decidedAt = Instant.now();
        this.comment = comment;
    }

    void close() {
        if (status == ApprovalTaskStatus.OPEN) {
            status = ApprovalTaskStatus.CLOSED;
        }
    }

    public String getApprover() {
        return approver;
    }

    /** Returns whether the approver joined the step when it escalated, so that their approval alone completes it. */
    public boolean isEscalation() {
        return escalation;
    }

    public ApprovalTaskStatus getStatus() {
        return status;
    }

    /** Returns who decided: the approver, their delegate, or null while the task has no decision. */
    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Returns what the approver wrote with the decision: a comment on approval, the reason of a rejection, or null. */
    public String getComment() {
        return comment;
    }
}
