package org.openprocure.approval;

/**
 * Life cycle of a requisition's approval step: WAITING until the steps before it are approved,
 * then OPEN, then APPROVED or REJECTED. A step still WAITING or OPEN when another step rejects
 * the requisition becomes CANCELLED.
 */
public enum ApprovalStepStatus {
    WAITING,
    OPEN,
    APPROVED,
    REJECTED,
    CANCELLED
}
