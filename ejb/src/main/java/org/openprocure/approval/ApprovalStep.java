package org.openprocure.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * An escalated step has extra tasks for the escalation group, and the first of those approvals
 * also completes it. The first chain of a requisition is round 1; each order change sent back to
 * approval plans a new chain in the next round.
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

    @Column(name = "approval_round", nullable = false)
    private int round;

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

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApprovalTask> tasks = new ArrayList<>();

    protected ApprovalStep() {
    }

    ApprovalStep(long requisitionId, int round, PlannedStep planned) {
        this.requisitionId = requisitionId;
        this.round = round;
        this.position = planned.position();
        this.ruleName = planned.rule();
        this.mode = planned.mode();
        this.fallback = planned.fallback();
        for (String approver : planned.approvers()) {
            tasks.add(new ApprovalTask(this, approver, false));
        }
    }

    void open() {
        status = ApprovalStepStatus.OPEN;
        openedAt = Instant.now();
    }

    /** Returns the open tasks whose approver has had no reminder yet, once the step has been open for the delay. */
    List<ApprovalTask> tasksToRemind(Duration delay, Instant now) {
        if (!isOpen() || now.isBefore(openedAt.plus(delay))) {
            return List.of();
        }
        return tasks.stream().filter(ApprovalTask::needsReminder).toList();
    }

    /** Returns whether the step has been open for the delay and has not escalated yet. */
    boolean isDueForEscalation(Duration delay, Instant now) {
        return isOpen() && escalatedAt == null && !now.isBefore(openedAt.plus(delay));
    }

    /** Adds a task for each of these users who has none in the step yet, and returns the users added. */
    List<String> escalate(List<String> users, Instant now) {
        escalatedAt = now;
        Set<String> present = tasks.stream().map(ApprovalTask::getApprover).collect(Collectors.toSet());
        List<String> added = users.stream().filter(user -> !present.contains(user)).distinct().toList();
        added.forEach(user -> tasks.add(new ApprovalTask(this, user, true)));
        return added;
    }

    boolean isOpen() {
        return status == ApprovalStepStatus.OPEN;
    }

    /** Returns the approvers among these users whose task in this open step waits for a decision. */
    List<String> openApproversAmong(Set<String> users) {
        if (!isOpen()) {
            return List.of();
        }
        return tasks.stream().filter(task -> task.isOpenForAny(users)).map(ApprovalTask::getApprover).toList();
    }

    /**
     * Records the actor's approval on the open tasks of the users they act for (themself and the
     * approvers who delegated to them), with the actor's comment, and returns whether it completed the step.
     */
    boolean approve(String actor, Set<String> actingFor, String comment) {
        List<ApprovalTask> decided = openTasksOf(actingFor);
        decided.forEach(task -> task.decide(ApprovalTaskStatus.APPROVED, actor, comment));
        boolean complete = mode == ApprovalMode.ANY
                || decided.stream().anyMatch(ApprovalTask::isEscalation)
                || tasks.stream().filter(task -> !task.isEscalation()).allMatch(task -> task.getStatus() == ApprovalTaskStatus.APPROVED);
        if (complete) {
            status = ApprovalStepStatus.APPROVED;
            tasks.forEach(ApprovalTask::close);
        }
        return complete;
    }

    void reject(String actor, Set<String> actingFor, String reason) {
        openTasksOf(actingFor).forEach(task -> task.decide(ApprovalTaskStatus.REJECTED, actor, reason));
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

    private List<ApprovalTask> openTasksOf(Set<String> users) {
        List<ApprovalTask> open = tasks.stream().filter(task -> task.isOpenForAny(users)).toList();
        if (open.isEmpty()) {
            throw new IllegalStateException("Step " + id + " has no open task for " + users);
        }
        return open;
    }

    public Long getId() {
        return id;
    }

    public long getRequisitionId() {
        return requisitionId;
    }

    public int getRound() {
        return round;
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

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** Returns when the step escalated, or null when it has not. */
    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public ApprovalStepStatus getStatus() {
        return status;
    }

    public List<ApprovalTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }
}
