package org.openprocure.matching;

/** Result of matching one invoice line, or a whole invoice, from best to worst. */
public enum MatchOutcome {
    MATCHED,
    MATCHED_WITHIN_TOLERANCE,
    AWAITING_RECEIPT,
    DISCREPANCY
}
