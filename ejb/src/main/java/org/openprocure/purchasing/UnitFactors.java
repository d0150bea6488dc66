package org.openprocure.purchasing;

import java.math.BigDecimal;

/** A source of unit factors: how many units of an order line one unit of another code contains. */
@FunctionalInterface
public interface UnitFactors {

    /** Units only convert when their codes are the same. */
    UnitFactors SAME_CODE_ONLY = (line, unitCode) -> line.getUnitCode().equals(unitCode) ? BigDecimal.ONE : null;

    /** Returns the number of the line's units in one unitCode, or null when no factor is known. */
    BigDecimal factor(PurchaseOrderLine line, String unitCode);
}
