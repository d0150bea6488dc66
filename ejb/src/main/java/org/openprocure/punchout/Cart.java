package org.openprocure.punchout;

import java.util.List;

/**
 * The cart a supplier's shop posts back at the end of a punch-out.
 *
 * @param buyerCookie the BuyerCookie of a cXML cart, which must match the one we sent; null for OCI
 */
public record Cart(String buyerCookie, List<CartLine> lines) {

    public Cart {
        lines = List.copyOf(lines);
    }
}
