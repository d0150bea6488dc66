package org.openprocure.receiving;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;

/**
 * Received, accepted and rejected quantities of one order line in one receipt; accepted plus
 * rejected always equals received. Accepted defaults to received minus rejected.
 */
@Entity
@Table(name = "goods_receipt_line")
public class GoodsReceiptLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_line_seq")
    @SequenceGenerator(name = "goods_receipt_line_seq", sequenceName = "goods_receipt_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goods_receipt_id")
    private GoodsReceipt receipt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_line_id")
    private PurchaseOrderLine orderLine;

    @Column(name = "received_quantity", nullable = false)
    private BigDecimal receivedQuantity;

    @Column(name = "accepted_quantity", nullable = false)
    private BigDecimal acceptedQuantity;

    @Column(name = "rejected_quantity", nullable = false)
    private BigDecimal rejectedQuantity;

    /** The batch (lot) number of the goods, or null. */
    private String batch;

    /** The receiver's reason for rejecting goods, or null when none were rejected. */
    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected GoodsReceiptLine() {
    }

    GoodsReceiptLine(GoodsReceipt receipt, PurchaseOrderLine orderLine, ReceivingService.ReceivedLine line) {
        BigDecimal received = line.receivedQuantity();
        BigDecimal accepted = line.acceptedQuantity();
        BigDecimal rejected = line.rejectedQuantity();
        this.receipt = receipt;
        this.orderLine = orderLine;
        this.batch = Inputs.optionalText(line.batch(), "batch", 64);
        this.rejectionReason = Inputs.optionalText(line.rejectionReason(), "rejectionReason", 1000);
        this.receivedQuantity = Inputs.requirePositive(received, "receivedQuantity");
        this.rejectedQuantity = rejected == null ? BigDecimal.ZERO : Inputs.requireNotNegative(rejected, "rejectedQuantity");
        if (rejectedQuantity.compareTo(receivedQuantity) > 0) {
            throw new InvalidInputException("error.receipt.rejectedOverReceived", orderLine.getLineNumber(),
                    plain(receivedQuantity), plain(rejectedQuantity));
        }
        this.acceptedQuantity = accepted == null ? received.subtract(rejectedQuantity) : Inputs.requireNotNegative(accepted, "acceptedQuantity");
        if (acceptedQuantity.add(rejectedQuantity).compareTo(receivedQuantity) != 0) {
            throw new InvalidInputException("error.receipt.unbalanced", orderLine.getLineNumber(),
                    plain(receivedQuantity), plain(acceptedQuantity), plain(rejectedQuantity));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public GoodsReceipt getReceipt() {
        return receipt;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getBatch() {
        return batch;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }

    public BigDecimal getAcceptedQuantity() {
        return acceptedQuantity;
    }

    public BigDecimal getRejectedQuantity() {
        return rejectedQuantity;
    }
}
