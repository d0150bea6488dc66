package org.openprocure.supplier;

/** Life cycle of a bank details change: PENDING until a second person APPROVES or REJECTS it. */
public enum BankDetailsChangeStatus {
    PENDING,
    APPROVED,
    REJECTED
}
