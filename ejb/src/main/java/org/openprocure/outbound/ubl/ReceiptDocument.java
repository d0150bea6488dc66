package org.openprocure.outbound.ubl;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The content of a goods receipt as the UBL ReceiptAdvice carries it. */
public record ReceiptDocument(String number, OffsetDateTime postedAt, String orderNumber, OrderDocument.Party buyer,
                              OrderDocument.Party seller, List<Line> lines) {

    /** A receipt line: received, accepted and rejected quantities of one order line, in the order line's unit. */
    public record Line(String lineId, String orderLineNumber, String supplierPartNumber, String description, String unitCode,
                       BigDecimal receivedQuantity, BigDecimal acceptedQuantity, BigDecimal rejectedQuantity, String batch) {
    }
}
