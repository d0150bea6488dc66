package org.openprocure.approval;

/**
 * Life cycle of one approver's task: OPEN, then APPROVED or REJECTED by that approver, or CLOSED
 * without their decision when the step ended otherwise (another approver of an ANY step approved,
 * or someone rejected).
 */
public enum ApprovalTaskStatus {
    OPEN,
    APPROVED,
    REJECTED,
    CLOSED
}
