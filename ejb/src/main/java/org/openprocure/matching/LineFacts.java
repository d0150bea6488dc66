package org.openprocure.matching;

import java.math.BigDecimal;

/** The figures of one invoice line and of the order line it refers to, as the policy compares them. */
public final class LineFacts {

    private LineFacts() {
    }

    /**
     * An invoice line as the supplier wrote it. A null price base quantity means 1 (EN 16931 BT-149).
     *
     * @param netAmount BT-131, the line net amount after line allowances and charges, or null when not compared
     */
    public record InvoiceLine(String lineId, BigDecimal quantity, String unitCode, BigDecimal netPrice,
                              BigDecimal priceBaseQuantity, String currency, BigDecimal netAmount) {

        /** An invoice line whose net amount is not compared. */
        public InvoiceLine(String lineId, BigDecimal quantity, String unitCode, BigDecimal netPrice, BigDecimal priceBaseQuantity,
                           String currency) {
            this(lineId, quantity, unitCode, netPrice, priceBaseQuantity, currency, null);
        }
    }

    /**
     * An order line with its counters.
     *
     * @param expectedQuantity the confirmed quantity, or the ordered one until the supplier confirms
     * @param invoicedBefore   quantity of this order line already on invoices received before this one
     * @param returnedQuantity accepted quantity that returns withhold from invoices until their credit note arrives,
     *                         and for good when a replacement is expected, because the replacement is received anew
     */
    public record OrderLine(String lineNumber, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                            String currency, BigDecimal expectedQuantity, BigDecimal receivedQuantity,
                            BigDecimal acceptedQuantity, BigDecimal invoicedBefore, BigDecimal returnedQuantity) {

        /** An order line with no returns. */
        public OrderLine(String lineNumber, String unitCode, BigDecimal unitPrice, BigDecimal priceBasisQuantity,
                         String currency, BigDecimal expectedQuantity, BigDecimal receivedQuantity,
                         BigDecimal acceptedQuantity, BigDecimal invoicedBefore) {
            this(lineNumber, unitCode, unitPrice, priceBasisQuantity, currency, expectedQuantity, receivedQuantity,
                    acceptedQuantity, invoicedBefore, BigDecimal.ZERO);
        }
    }
}
