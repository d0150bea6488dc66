package org.openprocure.approval;

/** How many approvers of a step must approve: every one of them, or the first to decide. */
public enum ApprovalMode {
    ALL,
    ANY
}
