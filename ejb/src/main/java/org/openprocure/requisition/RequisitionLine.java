package org.openprocure.requisition;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

import org.openprocure.shared.Money;
import org.openprocure.supplier.Supplier;

/** One line of a requisition, either copied from a catalog item or typed as free text. */
@Entity
@Table(name = "requisition_line")
public class RequisitionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requisition_line_seq")
    @SequenceGenerator(name = "requisition_line_seq", sequenceName = "requisition_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requisition_id")
    private PurchaseRequisition requisition;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "catalog_item_id")
    private Long catalogItemId;

    @Column(name = "supplier_part_number")
    private String supplierPartNumber;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "price_basis_quantity", nullable = false)
    private BigDecimal priceBasisQuantity;

    @Column(nullable = false)
    private String currency;

    @Column(name = "vat_rate", nullable = false)
    private BigDecimal vatRate;

    @Column(name = "cost_centre", nullable = false)
    private String costCentre;

    @Column(name = "need_by_date")
    private LocalDate needByDate;

    /** The purchase category, such as a UNSPSC commodity code, that the order line takes; null when none. */
    private String category;

    /** The supplier's auxiliary part id from a punch-out cart, verbatim: the supplier expects it back on the order. */
    @Column(name = "supplier_part_auxiliary_id")
    private String supplierPartAuxiliaryId;

    @Column(name = "long_text")
    private String longText;

    /** The classification the category code belongs to, such as UNSPSC or eCl@ss, or null. */
    @Column(name = "classification_domain")
    private String classificationDomain;

    /** Whether the line came back from the supplier's punch-out shop; editing that cart replaces these lines. */
    @Column(name = "punched_out", nullable = false)
    private boolean punchedOut;

    protected RequisitionLine() {
    }

    RequisitionLine(PurchaseRequisition requisition, int lineNumber, RequisitionLineDraft draft) {
        this.requisition = requisition;
        this.lineNumber = lineNumber;
        this.supplier = draft.supplier();
        this.catalogItemId = draft.catalogItemId();
        this.supplierPartNumber = draft.supplierPartNumber();
        this.description = draft.description();
        this.quantity = draft.quantity();
        this.unitCode = draft.unitCode();
        this.unitPrice = draft.unitPrice();
        this.priceBasisQuantity = draft.priceBasisQuantity();
        this.currency = draft.currency();
        this.vatRate = draft.vatRate();
        this.costCentre = draft.costCentre();
        this.needByDate = draft.needByDate();
        this.category = draft.category();
        this.supplierPartAuxiliaryId = draft.supplierPartAuxiliaryId();
        this.longText = draft.longText();
        this.classificationDomain = draft.classificationDomain();
        this.punchedOut = draft.punchedOut();
    }

    /** Sets the cost centre that the line's order line will be booked on. */
    void assignCostCentre(String code) {
        this.costCentre = code;
    }

    /** Returns quantity × unit price ÷ price basis, rounded half-up to the cent. */
    public Money netAmount() {
        BigDecimal amount = quantity.multiply(unitPrice).divide(priceBasisQuantity, 2, RoundingMode.HALF_UP);
        return new Money(amount, currency);
    }

    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Long getCatalogItemId() {
        return catalogItemId;
    }

    public String getSupplierPartNumber() {
        return supplierPartNumber;
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

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public LocalDate getNeedByDate() {
        return needByDate;
    }

    /** Returns the purchase category, such as IT, or null when the requester gave none. */
    public String getCategory() {
        return category;
    }

    public String getSupplierPartAuxiliaryId() {
        return supplierPartAuxiliaryId;
    }

    public String getLongText() {
        return longText;
    }

    public String getClassificationDomain() {
        return classificationDomain;
    }

    public boolean isPunchedOut() {
        return punchedOut;
    }
}
