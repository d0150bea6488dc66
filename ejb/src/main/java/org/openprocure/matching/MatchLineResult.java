package org.openprocure.matching;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** The stored match of one invoice line; see {@link LineMatch} for what each figure means. */
@Entity
@Table(name = "match_line_result")
public class MatchLineResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_line_result_seq")
    @SequenceGenerator(name = "match_line_result_seq", sequenceName = "match_line_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "match_result_id")
    private MatchResult result;

    @Column(nullable = false)
    private int position;

    @Column(name = "invoice_line_id")
    private String invoiceLineId;

    @Column(name = "order_line_number")
    private String orderLineNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchOutcome outcome;

    @Enumerated(EnumType.STRING)
    private DiscrepancyReason reason;

    @Column(name = "invoiced_quantity")
    private BigDecimal invoicedQuantity;

    @Column(name = "available_quantity")
    private BigDecimal availableQuantity;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "invoice_unit_price")
    private BigDecimal invoiceUnitPrice;

    @Column(name = "order_unit_price")
    private BigDecimal orderUnitPrice;

    @Column(name = "invoice_vat_rate")
    private BigDecimal invoiceVatRate;

    @Column(name = "order_vat_rate")
    private BigDecimal orderVatRate;

    @Column(name = "vat_rate_differs", nullable = false)
    private boolean vatRateDiffers;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "unit_factor")
    private BigDecimal unitFactor;

    @Column(name = "invoice_line_amount")
    private BigDecimal invoiceLineAmount;

    @Column(name = "order_line_amount")
    private BigDecimal orderLineAmount;

    @Embedded
    private RecordedTolerance tolerance;

    protected MatchLineResult() {
    }

    MatchLineResult(MatchResult result, int position, LineMatch match) {
        this.result = result;
        this.position = position;
        this.invoiceLineId = match.invoiceLineId();
        this.orderLineNumber = match.orderLineNumber();
        this.outcome = match.outcome();
        this.reason = match.reason();
        this.invoicedQuantity = match.invoicedQuantity();
        this.availableQuantity = match.availableQuantity();
        this.unitCode = match.unitCode();
        this.invoiceUnitPrice = match.invoiceUnitPrice();
        this.orderUnitPrice = match.orderUnitPrice();
        this.invoiceVatRate = match.invoiceVatRate();
        this.orderVatRate = match.orderVatRate();
        this.vatRateDiffers = match.vatRateDiffers();
        this.orderNumber = match.orderNumber();
        this.unitFactor = match.unitFactor();
        this.invoiceLineAmount = match.invoiceLineAmount();
        this.orderLineAmount = match.orderLineAmount();
        this.tolerance = RecordedTolerance.of(match.tolerance());
    }

    /** Returns the purchase order the line was compared with, or null when none was found. */
    public String getOrderNumber() {
        return orderNumber;
    }

    /** Returns the number of order units in one invoiced unit when the units differ, else null. */
    public BigDecimal getUnitFactor() {
        return unitFactor;
    }

    /** Returns BT-131 as the supplier wrote it, or null when the line amount was not compared. */
    public BigDecimal getInvoiceLineAmount() {
        return invoiceLineAmount;
    }

    /** Returns the order's value of the invoiced quantity, rounded to the cent, or null. */
    public BigDecimal getOrderLineAmount() {
        return orderLineAmount;
    }

    /** Returns the tolerances applied and their source, or null for results stored before they were recorded. */
    public RecordedTolerance getTolerance() {
        return tolerance;
    }

    public BigDecimal getInvoiceVatRate() {
        return invoiceVatRate;
    }

    public BigDecimal getOrderVatRate() {
        return orderVatRate;
    }

    /** Tells whether the invoice line's VAT rate differs from the order line's beyond the tolerance; the outcome ignores it. */
    public boolean isVatRateDiffers() {
        return vatRateDiffers;
    }

    public String getInvoiceLineId() {
        return invoiceLineId;
    }

    public String getOrderLineNumber() {
        return orderLineNumber;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public DiscrepancyReason getReason() {
        return reason;
    }

    public BigDecimal getInvoicedQuantity() {
        return invoicedQuantity;
    }

    public BigDecimal getAvailableQuantity() {
        return availableQuantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getInvoiceUnitPrice() {
        return invoiceUnitPrice;
    }

    public BigDecimal getOrderUnitPrice() {
        return orderUnitPrice;
    }
}
