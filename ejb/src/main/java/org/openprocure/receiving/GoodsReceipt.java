package org.openprocure.receiving;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.purchasing.PurchaseOrder;

/** One delivery checked in by the warehouse against one purchase order. Several receipts may cover one order line. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_seq")
    @SequenceGenerator(name = "goods_receipt_seq", sequenceName = "goods_receipt_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt = Instant.now();

    @Column(name = "posted_by", nullable = false)
    private String postedBy;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
    private List<GoodsReceiptLine> lines = new ArrayList<>();

    protected GoodsReceipt() {
    }

    GoodsReceipt(String number, PurchaseOrder purchaseOrder, String postedBy) {
        this.number = number;
        this.purchaseOrder = purchaseOrder;
        this.postedBy = postedBy;
    }

    /** Adds a line and counts it on the order line. */
    void post(ReceivingService.ReceivedLine received) {
        GoodsReceiptLine line = new GoodsReceiptLine(this, purchaseOrder.line(received.lineNumber()), received);
        purchaseOrder.receive(line.getOrderLine(), line.getReceivedQuantity(), line.getAcceptedQuantity(), line.getRejectedQuantity());
        lines.add(line);
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

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public List<GoodsReceiptLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
