package org.openprocure.invoicing;

import java.math.BigDecimal;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openprocure.purchasing.PurchaseOrderLine;

/** One invoice line exactly as the supplier wrote it, plus the order line it was linked to, if any. */
@Entity
@Table(name = "supplier_invoice_line")
public class SupplierInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_invoice_line_seq")
    @SequenceGenerator(name = "supplier_invoice_line_seq", sequenceName = "supplier_invoice_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    /** BT-126. */
    @Column(name = "line_id")
    private String lineId;

    /** BT-132. */
    @Column(name = "order_line_reference")
    private String orderLineReference;

    /** BT-155. */
    @Column(name = "seller_item_id")
    private String sellerItemId;

    private String description;

    private BigDecimal quantity;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "net_price")
    private BigDecimal netPrice;

    @Column(name = "price_base_quantity")
    private BigDecimal priceBaseQuantity;

    @Column(name = "net_amount")
    private BigDecimal netAmount;

    @Column(name = "vat_rate")
    private BigDecimal vatRate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private PurchaseOrderLine orderLine;

    /** The quantity this line takes back from its order line: zero on an invoice. */
    @Column(name = "credited_quantity", nullable = false)
    private BigDecimal creditedQuantity = BigDecimal.ZERO;

    /** The line's allowances and charges (BG-27, BG-28), already counted in its net amount. */
    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InvoiceAllowanceCharge> allowanceCharges = new ArrayList<>();

    protected SupplierInvoiceLine() {
    }

    SupplierInvoiceLine(SupplierInvoice invoice, IncomingInvoice.Line line) {
        this.invoice = invoice;
        this.lineId = line.lineId();
        this.orderLineReference = line.orderLineReference();
        this.sellerItemId = line.sellerItemId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitCode = line.unitCode();
        this.netPrice = line.netPrice();
        this.priceBaseQuantity = line.priceBaseQuantity();
        this.netAmount = line.netAmount();
        this.vatRate = line.vatRate();
        this.creditedQuantity = invoice.getKind().creditedQuantity(line.quantity());
        for (IncomingInvoice.AllowanceCharge allowanceCharge : line.allowanceCharges()) {
            allowanceCharges.add(InvoiceAllowanceCharge.onLine(this, allowanceCharges.size(), allowanceCharge));
        }
    }

    /**
     * Links this line to an order line and counts its quantity there: as invoiced, or as credited on
     * a credit note. Null unlinks it and takes the count back.
     */
    void linkTo(PurchaseOrderLine target) {
        if (orderLine != null) {
            count(orderLine, -1);
        }
        orderLine = target;
        if (orderLine != null) {
            count(orderLine, 1);
        }
    }

    /** Counts the line on its order line, or with direction -1 takes the count back. A credit that adds counts nothing. */
    private void count(PurchaseOrderLine line, int direction) {
        if (invoice.isCreditNote()) {
            if (creditedQuantity.signum() > 0) {
                line.countCredited(direction > 0 ? creditedQuantity : creditedQuantity.negate());
            }
        } else if (quantity != null) {
            line.countInvoiced(direction > 0 ? quantity : quantity.negate());
        }
    }

    public BigDecimal getCreditedQuantity() {
        return creditedQuantity;
    }

    public Long getId() {
        return id;
    }

    public SupplierInvoice getInvoice() {
        return invoice;
    }

    public String getLineId() {
        return lineId;
    }

    public String getOrderLineReference() {
        return orderLineReference;
    }

    public String getSellerItemId() {
        return sellerItemId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getNetPrice() {
        return netPrice;
    }

    public BigDecimal getPriceBaseQuantity() {
        return priceBaseQuantity;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public List<InvoiceAllowanceCharge> getAllowanceCharges() {
        return Collections.unmodifiableList(allowanceCharges);
    }
}
