package org.openprocure.purchasing;

import org.openprocure.shared.BusinessException;

/** A change sent while the order's requisition still waits for the approval of an earlier one. */
public class OrderChangePendingException extends BusinessException {

    public OrderChangePendingException(String requisitionNumber, String orderNumber) {
        super("error.orderChange.pending", requisitionNumber, orderNumber);
    }
}
