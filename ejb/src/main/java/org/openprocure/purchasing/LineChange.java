package org.openprocure.purchasing;

import java.math.BigDecimal;

/**
 * A buyer's change to one existing order line: a new ordered quantity, a new unit price for its
 * price basis quantity, or both. A null value keeps the current one.
 */
public record LineChange(String lineNumber, BigDecimal quantity, BigDecimal unitPrice) {
}
