package org.openprocure.requisition;

/** Life cycle of a purchase requisition: DRAFT, then SUBMITTED, then APPROVED or REJECTED. */
public enum RequisitionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
