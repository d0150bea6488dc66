package org.openprocure.fulfilment;

import java.util.List;

import org.openprocure.purchasing.LineConfirmation;

/**
 * A supplier's response to one order, read from a cXML ConfirmationRequest or a UBL OrderResponse.
 * The currency is that of the changed unit prices, or null when no price changes.
 */
public record OrderConfirmation(String orderNumber, Decision decision, String note, String currency, List<LineConfirmation> lines) {

    public enum Decision {
        /** Every line accepted as ordered. */
        ACCEPT,
        /** The whole order rejected, for the reason in the note. */
        REJECT,
        /** The lines listed confirmed or rejected one by one; the others stay pending. */
        BY_LINE,
        /** The lines listed confirmed or rejected one by one; the others accepted as ordered. */
        EXCEPT
    }

    public OrderConfirmation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
