package org.openprocure.web.receiving;

import java.io.Serializable;
import java.math.BigDecimal;

import org.openprocure.purchasing.PurchaseOrderLine;

/**
 * One order line on the receipt page: what was ordered and already received, and what the receiver
 * counts now. An empty accepted quantity means received minus rejected.
 */
public class ReceiptLineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lineNumber;
    private final String description;
    private final String unitCode;
    private final BigDecimal orderedQuantity;
    private final BigDecimal alreadyReceived;
    private BigDecimal receivedNow;
    private BigDecimal accepted;
    private BigDecimal rejected;
    private String rejectionReason;

    ReceiptLineRow(PurchaseOrderLine line, BigDecimal prefilled) {
        lineNumber = line.getLineNumber();
        description = line.getDescription();
        unitCode = line.getUnitCode();
        orderedQuantity = line.getOrderedQuantity();
        alreadyReceived = line.getReceivedQuantity();
        receivedNow = prefilled;
    }

    public String getLineNumber() {
        return lineNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getOrderedQuantity() {
        return orderedQuantity;
    }

    public BigDecimal getAlreadyReceived() {
        return alreadyReceived;
    }

    public BigDecimal getReceivedNow() {
        return receivedNow;
    }

    public void setReceivedNow(BigDecimal receivedNow) {
        this.receivedNow = receivedNow;
    }

    public BigDecimal getAccepted() {
        return accepted;
    }

    public void setAccepted(BigDecimal accepted) {
        this.accepted = accepted;
    }

    public BigDecimal getRejected() {
        return rejected;
    }

    public void setRejected(BigDecimal rejected) {
        this.rejected = rejected;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
