package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/** A payment of an invoice as the ERP reported it; its reference is the ERP's payment number. */
@Entity
@Table(name = "invoice_payment")
public class InvoicePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_payment_seq")
    @SequenceGenerator(name = "invoice_payment_seq", sequenceName = "invoice_payment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InvoicePayment() {
    }

    InvoicePayment(SupplierInvoice invoice, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
        this.invoice = invoice;
        this.amount = amount;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getReference() {
        return reference;
    }
}
