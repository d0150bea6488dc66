package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The supplier's confirmation of one line: accepted as ordered, or with a smaller quantity or another
 * delivery date (both nullable, meaning as ordered), or rejected.
 */
public record LineConfirmation(String lineNumber, boolean rejected, BigDecimal quantity, LocalDate deliveryDate) {
}
