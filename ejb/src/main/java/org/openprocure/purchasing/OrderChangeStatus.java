package org.openprocure.purchasing;

/**
 * Outcome of a buyer's change to an order: APPLIED at once within tolerance, or PENDING_APPROVAL
 * beyond it until the requisition's approvers APPROVE it, which applies it, or REJECT it.
 */
public enum OrderChangeStatus {
    APPLIED,
    PENDING_APPROVAL,
    APPROVED,
    REJECTED
}
