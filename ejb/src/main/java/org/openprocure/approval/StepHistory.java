package org.openprocure.approval;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One approval step of a requisition as its history shows it: the rule, how its approvers decide, and each approver's decision. */
public record StepHistory(int round, int position, String ruleName, ApprovalMode mode, ApprovalStepStatus status, Instant openedAt,
        List<Decision> decisions) implements Serializable {

    /** One approver's task in the step, whose decision time and comment are null while the task is open. */
    public record Decision(String approver, ApprovalTaskStatus status, String decidedBy, Instant decidedAt, boolean escalation, String comment)
            implements Serializable {
    }

    static StepHistory of(ApprovalStep step) {
        return new StepHistory(step.getRound(), step.getPosition(), step.getRuleName(), step.getMode(), step.getStatus(), step.getOpenedAt(),
                step.getTasks().stream()
                        .map(task -> new Decision(task.getApprover(), task.getStatus(), task.getDecidedBy(), task.getDecidedAt(), task.isEscalation(),
                                task.getComment()))
                        .toList());
    }
}
