package org.openprocure.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment read from a cXML ShipNoticeRequest or a UBL DespatchAdvice. One shipment may carry
 * goods of several orders, and it becomes one shipping notice per order under the same number.
 */
public record Shipment(String number, LocalDate deliveryDate, String carrier, String trackingNumber, List<Line> lines) {

    /**
     * A quantity of one order line, in the order line's unit, with its batch and package when given.
     * NOTE: the unit the document states is neither read nor converted.
     */
    public record Line(String orderNumber, String lineNumber, BigDecimal quantity, String batch, String packageId) {
    }

    public Shipment {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
