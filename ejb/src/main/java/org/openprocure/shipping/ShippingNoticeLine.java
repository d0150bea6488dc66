package org.openprocure.shipping;

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
import org.openprocure.shared.Inputs;

/** The quantity of one order line that a shipping notice announces. */
@Entity
@Table(name = "shipping_notice_line")
public class ShippingNoticeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_notice_line_seq")
    @SequenceGenerator(name = "shipping_notice_line_seq", sequenceName = "shipping_notice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipping_notice_id")
    private ShippingNotice notice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_line_id")
    private PurchaseOrderLine orderLine;

    @Column(nullable = false)
    private BigDecimal quantity;

    /** The batch (lot) number of the goods, or null. */
    private String batch;

    /** The package the goods travel in, such as an SSCC, or null. */
    @Column(name = "package_id")
    private String packageId;

    protected ShippingNoticeLine() {
    }

    ShippingNoticeLine(ShippingNotice notice, PurchaseOrderLine orderLine, BigDecimal quantity, String batch, String packageId) {
        this.notice = notice;
        this.orderLine = orderLine;
        this.quantity = Inputs.requirePositive(quantity, "quantity");
        this.batch = Inputs.optionalText(batch, "batch", 64);
        this.packageId = Inputs.optionalText(packageId, "packageId", 255);
    }

    public String getBatch() {
        return batch;
    }

    public String getPackageId() {
        return packageId;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
