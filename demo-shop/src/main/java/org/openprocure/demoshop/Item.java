package org.openprocure.demoshop;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An article of the shop.
 *
 * @param partId          the supplier part number (cXML SupplierPartID, OCI VENDORMAT)
 * @param auxiliaryId     the supplier's configuration key that the buyer must return unchanged
 *                        (cXML SupplierPartAuxiliaryID, OCI EXT_PRODUCT_ID)
 * @param description     short text in French, at most 40 characters as OCI allows
 * @param longText        long text, or null
 * @param unitCode        UN/ECE Recommendation 20 unit code
 * @param unitPrice       price in {@link #currency} for {@code priceBasis} units
 * @param priceBasis      number of units that {@code unitPrice} is for (cXML PriceBasisQuantity, OCI PRICEUNIT)
 * @param unspsc          UNSPSC classification code
 * @param leadTimeDays    delivery time in days
 */
public record Item(String partId, String auxiliaryId, String description, String longText, String unitCode,
                   BigDecimal unitPrice, String currency, BigDecimal priceBasis, String unspsc, int leadTimeDays) {

    public Item {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(priceBasis, "priceBasis");
        if (priceBasis.signum() <= 0) {
            throw new IllegalArgumentException("Price basis of " + partId + " must be positive: " + priceBasis);
        }
    }

    /** Returns the price of one unit, exact, for carts that cannot state a price basis. */
    public BigDecimal pricePerUnit() {
        return unitPrice.divide(priceBasis).stripTrailingZeros();
    }
}
