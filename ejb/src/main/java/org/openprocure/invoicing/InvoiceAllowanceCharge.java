package org.openprocure.invoicing;

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

/**
 * An allowance or a charge exactly as the supplier wrote it, either on the invoice (EN 16931 BG-20,
 * BG-21) or on one of its lines (BG-27, BG-28); see {@link IncomingInvoice.AllowanceCharge} for its terms.
 */
@Entity
@Table(name = "invoice_allowance_charge")
public class InvoiceAllowanceCharge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_allowance_charge_seq")
    @SequenceGenerator(name = "invoice_allowance_charge_seq", sequenceName = "invoice_allowance_charge_seq", allocationSize = 50)
    private Long id;

    /** The invoice of a document-level entry; null on a line's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    /** The line of a line-level entry; null on the document's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_line_id")
    private SupplierInvoiceLine line;

    @Column(nullable = false)
    private int position;

    @Column(name = "charge_indicator", nullable = false)
    private boolean charge;

    @Column(name = "reason_code")
    private String reasonCode;

    private String reason;

    private BigDecimal amount;

    @Column(name = "base_amount")
    private BigDecimal baseAmount;

    private BigDecimal percentage;

    protected InvoiceAllowanceCharge() {
    }

    private InvoiceAllowanceCharge(SupplierInvoice invoice, SupplierInvoiceLine line, int position, IncomingInvoice.AllowanceCharge read) {
        this.invoice = invoice;
        this.line = line;
        this.position = position;
        this.charge = read.charge();
        this.reasonCode = read.reasonCode();
        this.reason = read.reason();
        this.amount = read.amount();
        this.baseAmount = read.baseAmount();
        this.percentage = read.percentage();
    }

    static InvoiceAllowanceCharge onDocument(SupplierInvoice invoice, int position, IncomingInvoice.AllowanceCharge read) {
        return new InvoiceAllowanceCharge(invoice, null, position, read);
    }

    static InvoiceAllowanceCharge onLine(SupplierInvoiceLine line, int position, IncomingInvoice.AllowanceCharge read) {
        return new InvoiceAllowanceCharge(null, line, position, read);
    }

    public Long getId() {
        return id;
    }

    public boolean isCharge() {
        return charge;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }
}
