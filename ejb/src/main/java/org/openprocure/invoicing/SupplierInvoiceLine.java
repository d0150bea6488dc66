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
import org.openprocure.purchasing.UnitFactors;

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

    /** The purchase order this line names for itself, or null when it invoices the document's order. */
    @Column(name = "order_reference")
    private String orderReference;

    /** The number of order units in one unit of this line, as the last match found it; null while unknown. */
    @Column(name = "unit_factor")
    private BigDecimal unitFactor;

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
        this.orderReference = line.orderReference();
    }

    /** Returns the order this line invoices: the one it names, else the document's. */
    public String orderNumber() {
        return orderReference != null ? orderReference : invoice.getOrderReference();
    }

    /**
     * Sets the number of order units in one unit of this line and counts the line again on its
     * order line in order units. Null means no known factor: the line then counts nothing there.
     */
    public void applyUnitFactor(BigDecimal factor) {
        if (orderLine == null || sameFactor(factor)) {
            return;
        }
        count(orderLine, -1);
        unitFactor = factor;
        count(orderLine, 1);
    }

    private boolean sameFactor(BigDecimal factor) {
        return factor == null ? unitFactor == null : unitFactor != null && unitFactor.compareTo(factor) == 0;
    }

    /**
     * Links this line to an order line and counts its quantity there in order units: as invoiced, or
     * as credited on a credit note. Null unlinks it and takes the count back. A line whose unit has
     * no known factor counts nothing.
     */
    void linkTo(PurchaseOrderLine target, UnitFactors factors) {
        if (orderLine != null) {
            count(orderLine, -1);
        }
        orderLine = target;
        unitFactor = target == null || unitCode == null ? null : factors.factor(target, unitCode);
        if (orderLine != null) {
            count(orderLine, 1);
        }
    }

    /** Counts the line on its order line, or with direction -1 takes the count back. A credit that adds counts nothing. */
    private void count(PurchaseOrderLine line, int direction) {
        if (unitFactor == null) {
            return;
        }
        if (invoice.isCreditNote()) {
            if (creditedQuantity.signum() > 0) {
                BigDecimal credited = creditedQuantity.multiply(unitFactor);
                line.countCredited(direction > 0 ? credited : credited.negate());
            }
        } else if (quantity != null) {
            BigDecimal invoiced = quantity.multiply(unitFactor);
            line.countInvoiced(direction > 0 ? invoiced : invoiced.negate());
        }
    }

    public String getOrderReference() {
        return orderReference;
    }

    public BigDecimal getUnitFactor() {
        return unitFactor;
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
