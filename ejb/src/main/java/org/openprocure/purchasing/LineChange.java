package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A buyer's change to one existing order line: a new ordered quantity, a new unit price for its
 * price basis quantity, a new requested delivery date, or several of them. A null value keeps the
 * current one. JSON-B needs a record with one constructor, so every caller gives all four values.
 */
public record LineChange(String lineNumber, BigDecimal quantity, BigDecimal unitPrice, LocalDate deliveryDate) {
}
