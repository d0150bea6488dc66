package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A line of the cart: an article and how many units of it the buyer takes. */
public record CartLine(Item item, BigDecimal quantity) {

    /** Returns quantity × price ÷ price basis, rounded half up to the cent. */
    public BigDecimal amount() {
        return quantity.multiply(item.unitPrice()).divide(item.priceBasis(), 2, RoundingMode.HALF_UP);
    }
}
