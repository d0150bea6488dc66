package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The supplier's confirmation of one line: accepted as ordered, or with a smaller quantity, another
 * delivery date or another unit price for the order line's price basis quantity (each nullable,
 * meaning as ordered), or rejected.
 */
public record LineConfirmation(String lineNumber, boolean rejected, BigDecimal quantity, LocalDate deliveryDate, BigDecimal unitPrice) {
}
