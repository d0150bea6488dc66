package org.openprocure.requisition;

/**
 * Life cycle of a purchase requisition: DRAFT, then SUBMITTED, then APPROVED or REJECTED. An
 * approved one is CHANGE_SUBMITTED while a change to one of its orders beyond tolerance waits for
 * approval, and APPROVED again once the change is approved or rejected.
 */
public enum RequisitionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGE_SUBMITTED
}
