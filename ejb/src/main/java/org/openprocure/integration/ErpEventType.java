package org.openprocure.integration;

import java.util.Arrays;
import java.util.Optional;

/** The business events the ERP can receive, with the type name that messages and subscriptions carry. */
public enum ErpEventType {
    PURCHASE_ORDER_ISSUED("purchase-order.issued"),
    ORDER_CONFIRMATION_RECEIVED("order-confirmation.received"),
    GOODS_RECEIPT_POSTED("goods-receipt.posted"),
    INVOICE_GOOD_TO_PAY("invoice.good-to-pay"),
    DISPUTE_OPENED("dispute.opened"),
    DISPUTE_CLOSED("dispute.closed");

    private final String typeName;

    ErpEventType(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    public static Optional<ErpEventType> ofTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
