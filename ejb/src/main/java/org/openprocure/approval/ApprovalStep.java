package org.openprocure.approval;

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

/**
 * A step of a requisition's approval chain, with one task per approver. An ALL step is approved
 * when every task is approved; an ANY step when the first one is. One rejection rejects the step.
 */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
    @SequenceGenerator(name = "approval_step_seq", sequenceName = "approval_step_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;

    @Column(nullable = false)
    private int position;

    @Column(name = "rule_name", nullable = false)
    private String ruleName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalMode mode;

    @Column(nullable = false)
    private boolean fallback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStepStatus status = ApprovalStepStatus.WAITING;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApprovalTask> tasks = new ArrayList<>();

    protected ApprovalStep() {
    }

    ApprovalStep(long requisitionId, PlannedStep planned) {
        this.requisitionId = requisitionId;
        this.position = planned.position();
        this.ruleName = planned.rule();
        this.mode = planned.mode();
        this.fallback = planned.fallback();
        for (String approver : planned.approvers()) {
            tasks.add(new ApprovalTask(this, approver));
        }
    }

    void open() {
        status = ApprovalStepStatus.OPEN;
    }

    boolean isOpen() {
        return status == ApprovalStepStatus.OPEN;
    }

    boolean isOpenFor(String user) {
        return isOpen() && tasks.stream().anyMatch(task -> task.isOpenFor(user));
    }

    /** Records the approver's approval and returns whether it completed the step. */
    boolean approve(String approver) {
        openTaskOf(approver).decide(ApprovalTaskStatus.APPROVED);
        boolean complete = mode == ApprovalMode.ANY
                || tasks.stream().allMatch(task -> task.getStatus() == ApprovalTaskStatus.APPROVED);
        if (complete) {
            status = ApprovalStepStatus.APPROVED;
            tasks.forEach(ApprovalTask::close);
        }
        return complete;
    }

    void reject(String approver) {
        openTaskOf(approver).decide(ApprovalTaskStatus.REJECTED);
        status = ApprovalStepStatus.REJECTED;
        tasks.forEach(ApprovalTask::close);
    }

    /** Ends a step that had not ended yet, because another step rejected the requisition. */
    void cancel() {
        if (status == ApprovalStepStatus.WAITING || status == ApprovalStepStatus.OPEN) {
            status = ApprovalStepStatus.CANCELLED;
            tasks.forEach(ApprovalTask::close);
        }
    }

    /** Returns the approvers whose decision the step still waits for, or none when it is not open. */
    public List<String> pendingApprovers() {
        if (!isOpen()) {
            return List.of();
        }
        return tasks.stream().filter(task -> task.getStatus() == ApprovalTaskStatus.OPEN).map(ApprovalTask::getApprover).toList();
    }

    private ApprovalTask openTaskOf(String approver) {
        return tasks.stream()
                .filter(task -> task.isOpenFor(approver))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Step " + id + " has no open task for " + approver));
    }

    public Long getId() {
        return id;
    }

    public long getRequisitionId() {
        return requisitionId;
    }

    public int getPosition() {
        return position;
    }

    public String getRuleName() {
        return ruleName;
    }

    public ApprovalMode getMode() {
        return mode;
    }

    public boolean isFallback() {
        return fallback;
    }

    public ApprovalStepStatus getStatus() {
        return status;
    }

    public List<ApprovalTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }
}
