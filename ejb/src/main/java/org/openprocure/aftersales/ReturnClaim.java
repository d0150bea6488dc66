package org.openprocure.aftersales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.invoicing.SupplierInvoice;
import org.openprocure.invoicing.SupplierInvoiceLine;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.receiving.GoodsReceipt;
import org.openprocure.receiving.GoodsReceiptLine;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * A return or claim (retour SAV) on goods that a receipt accepted: the quantity that goes back to
 * the supplier, in the order line's unit, why, and the credit note or replacement expected for it.
 * It is OPEN when posted, and the counters of its order line settle it later (see
 * {@link ReturnSettlement}): CREDITED or REPLACED once covered, back to OPEN if that cover goes
 * away. A buyer may cancel it while it is OPEN. Posting counts its quantity as returned on the
 * order line, and cancelling takes it back.
 */
@Entity
@Table(name = "return_claim")
public class ReturnClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_claim_seq")
    @SequenceGenerator(name = "return_claim_seq", sequenceName = "return_claim_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_line_id")
    private PurchaseOrderLine orderLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goods_receipt_line_id")
    private GoodsReceiptLine receiptLine;

    /** The invoice that billed the returned goods, when one is known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_line_id")
    private SupplierInvoiceLine invoiceLine;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    private ReturnReason reason;

    @Column(name = "claim_comment")
    private String comment;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReturnRemedy remedy;

    /** Quantity times the order's price for one unit, rounded half-up to cents; null when a replacement is expected. */
    @Column(name = "expected_credit_amount")
    private BigDecimal expectedCreditAmount;

    @Column(nullable = false)
    private String currency;

    /** Quantity that credit notes or replacement deliveries cover, as last derived from the order line's counters. */
    @Column(name = "settled_quantity", nullable = false)
    private BigDecimal settledQuantity = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReturnStatus status = ReturnStatus.OPEN;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_note")
    private String cancellationNote;

    protected ReturnClaim() {
    }

    /**
     * Posts a return of goods that one receipt accepted on one order line.
     *
     * @param acceptedOnReceipt quantity the receipt accepted on the order line
     * @param returnedBefore    quantity that returns not cancelled already took from that receipt and order line
     * @param billedBy          the invoice line that billed the goods, or null when none is known
     */
    ReturnClaim(String number, GoodsReceiptLine receiptLine, BigDecimal acceptedOnReceipt, BigDecimal returnedBefore,
                       SupplierInvoiceLine billedBy, ReturnDraft draft, String createdBy) {
        this.number = number;
        this.receiptLine = receiptLine;
        this.orderLine = receiptLine.getOrderLine();
        this.purchaseOrder = orderLine.getPurchaseOrder();
        this.reason = Inputs.requirePresent(draft.reason(), "reason");
        this.remedy = Inputs.requirePresent(draft.remedy(), "remedy");
        this.comment = Inputs.optionalText(draft.comment(), "comment", 2000);
        if (reason == ReturnReason.OTHER && comment == null) {
            throw new InvalidInputException("error.return.commentRequired", reason.name());
        }
        this.quantity = Inputs.requirePositive(draft.quantity(), "quantity");
        this.unitCode = orderLine.getUnitCode();
        requireReturnable(receiptLine.getReceipt(), acceptedOnReceipt, returnedBefore);
        if (billedBy != null) {
            this.invoiceLine = billedBy;
            this.invoice = billedBy.getInvoice();
        }
        this.currency = purchaseOrder.getCurrency();
        this.expectedCreditAmount = remedy == ReturnRemedy.CREDIT_NOTE ? valueOf(quantity, orderLine) : null;
        this.createdBy = createdBy;
        orderLine.countReturned(quantity);
    }

    private void requireReturnable(GoodsReceipt receipt, BigDecimal accepted, BigDecimal returnedBefore) {
        BigDecimal left = accepted.subtract(returnedBefore).max(BigDecimal.ZERO);
        if (quantity.compareTo(left) > 0) {
            throw new InvalidInputException("error.return.overAccepted", receipt.getNumber(), plain(accepted), unitCode,
                    orderLine.getLineNumber(), plain(returnedBefore), plain(quantity), plain(left));
        }
    }

    /** Returns the order's price of the quantity: quantity times unit price divided by the price basis, half-up to cents. */
    static BigDecimal valueOf(BigDecimal quantity, PurchaseOrderLine line) {
        return quantity.multiply(line.agreedUnitPrice()).divide(line.getPriceBasisQuantity(), 2, RoundingMode.HALF_UP);
    }

    /**
     * Records the quantity that credit notes or replacement deliveries now cover, and derives the
     * status from it. Returns whether the status changed; a cancelled return stays as it is.
     */
    boolean settle(BigDecimal covered) {
        if (status == ReturnStatus.CANCELLED) {
            return false;
        }
        settledQuantity = covered;
        ReturnStatus next = covered.compareTo(quantity) >= 0 ? settledStatus() : ReturnStatus.OPEN;
        if (next == status) {
            return false;
        }
        status = next;
        settledAt = next == ReturnStatus.OPEN ? null : Instant.now();
        return true;
    }

    private ReturnStatus settledStatus() {
        return remedy == ReturnRemedy.CREDIT_NOTE ? ReturnStatus.CREDITED : ReturnStatus.REPLACED;
    }

    /** Cancels an OPEN return and takes its quantity back from the order line. */
    void cancel(String note, String actor) {
        if (status != ReturnStatus.OPEN) {
            throw new TransitionNotAllowedException(DocumentType.RETURN_CLAIM, number, status, "cancel");
        }
        cancellationNote = Inputs.optionalText(note, "note", 2000);
        status = ReturnStatus.CANCELLED;
        cancelledBy = actor;
        cancelledAt = Instant.now();
        orderLine.countReturned(quantity.negate());
    }

    /** Returns this return as the settlement counts it. */
    ReturnSettlement.Claim asClaim() {
        return new ReturnSettlement.Claim(id, remedy, quantity);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public PurchaseOrder getPurchaseOrder() {
        return purchaseOrder;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public GoodsReceiptLine getReceiptLine() {
        return receiptLine;
    }

    public SupplierInvoice getInvoice() {
        return invoice;
    }

    public SupplierInvoiceLine getInvoiceLine() {
        return invoiceLine;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public ReturnRemedy getRemedy() {
        return remedy;
    }

    public BigDecimal getExpectedCreditAmount() {
        return expectedCreditAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSettledQuantity() {
        return settledQuantity;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationNote() {
        return cancellationNote;
    }
}
