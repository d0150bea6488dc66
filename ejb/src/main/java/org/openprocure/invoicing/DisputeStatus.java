package org.openprocure.invoicing;

/** An open dispute waits for the supplier; a resolved one has its outcome. */
public enum DisputeStatus {
    OPEN,
    RESOLVED
}
