package org.openprocure.shipping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openprocure.shared.Inputs;

/**
 * A supplier's notice that goods of one order left, with the quantity per order line, the expected
 * delivery date and, when the supplier gives them, the carrier and its tracking number.
 */
@Entity
@Table(name = "shipping_notice")
public class ShippingNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_notice_seq")
    @SequenceGenerator(name = "shipping_notice_seq", sequenceName = "shipping_notice_seq", allocationSize = 50)
    private Long id;

    /** The supplier's own number for the notice. */
    @Column(nullable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(name = "delivery_date", nullable = false)
    private LocalDate deliveryDate;

    /** The carrier's name or code, such as a SCAC code, or null. */
    private String carrier;

    /** The number under which the carrier tracks the shipment, or null. */
    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.now();

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL)
    private List<ShippingNoticeLine> lines = new ArrayList<>();

    protected ShippingNotice() {
    }

    ShippingNotice(String number, PurchaseOrder purchaseOrder, LocalDate deliveryDate, String carrier, String trackingNumber,
                   String sentBy) {
        this.number = Inputs.requireText(number, "number", 64);
        this.purchaseOrder = purchaseOrder;
        this.deliveryDate = Inputs.requirePresent(deliveryDate, "deliveryDate");
        this.carrier = Inputs.optionalText(carrier, "carrier", 255);
        this.trackingNumber = Inputs.optionalText(trackingNumber, "trackingNumber", 255);
        this.sentBy = sentBy;
    }

    void addLine(String lineNumber, BigDecimal quantity, String batch, String packageId) {
        lines.add(new ShippingNoticeLine(this, purchaseOrder.line(lineNumber), quantity, batch, packageId));
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

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public List<ShippingNoticeLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
