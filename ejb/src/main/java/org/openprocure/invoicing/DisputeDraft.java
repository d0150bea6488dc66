package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The values accounts payable gives to open a dispute; {@link InvoiceDispute} checks each of them. */
public record DisputeDraft(DisputeReason reason, String description, String disputedLines, BigDecimal disputedAmount, LocalDate deadline) {
}
