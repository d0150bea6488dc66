package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

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

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.Money;
import org.openprocure.shared.Quantity;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * One order line with its independent counters: ordered, confirmed, shipped, received, accepted,
 * rejected, invoiced, credited and returned. Accepted quantity is what a three-way match compares
 * the invoice with.
 */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_line_seq")
    @SequenceGenerator(name = "purchase_order_line_seq", sequenceName = "purchase_order_line_seq", allocationSize = 50)
    private Long id;

    /** Receipts and match runs update the counters of one line concurrently; this makes the later one retry. */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    /** The line identifier that documents refer to, such as EN 16931 BT-132; "1", "2"… unless an ERP chose others. */
    @Column(name = "line_number", nullable = false)
    private String lineNumber;

    @Column(name = "supplier_part_number")
    private String supplierPartNumber;

    @Column(nullable = false)
    private String description;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "price_basis_quantity", nullable = false)
    private BigDecimal priceBasisQuantity;

    @Column(name = "vat_rate", nullable = false)
    private BigDecimal vatRate;

    @Column(name = "cost_centre")
    private String costCentre;

    /** The purchase category, a classification code such as a UNSPSC commodity, whose match tolerances apply; null when none. */
    private String category;

    @Column(name = "requested_delivery_date")
    private LocalDate requestedDeliveryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_status", nullable = false)
    private LineConfirmationStatus confirmationStatus = LineConfirmationStatus.PENDING;

    @Column(name = "confirmed_delivery_date")
    private LocalDate confirmedDeliveryDate;

    /** The unit price the supplier confirmed in place of the ordered one, for the same price basis quantity, or null. */
    @Column(name = "confirmed_unit_price")
    private BigDecimal confirmedUnitPrice;

    @Column(name = "ordered_quantity", nullable = false)
    private BigDecimal orderedQuantity;

    @Column(name = "confirmed_quantity", nullable = false)
    private BigDecimal confirmedQuantity = BigDecimal.ZERO;

    @Column(name = "shipped_quantity", nullable = false)
    private BigDecimal shippedQuantity = BigDecimal.ZERO;

    @Column(name = "received_quantity", nullable = false)
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    @Column(name = "accepted_quantity", nullable = false)
    private BigDecimal acceptedQuantity = BigDecimal.ZERO;

    @Column(name = "rejected_quantity", nullable = false)
    private BigDecimal rejectedQuantity = BigDecimal.ZERO;

    @Column(name = "invoiced_quantity", nullable = false)
    private BigDecimal invoicedQuantity = BigDecimal.ZERO;

    @Column(name = "credited_quantity", nullable = false)
    private BigDecimal creditedQuantity = BigDecimal.ZERO;

    /** A second unit the supplier may deliver or invoice in, such as a box, or null. */
    @Column(name = "alternative_unit_code")
    private String alternativeUnitCode;

    /** The number of order units in one alternative unit. */
    @Column(name = "alternative_unit_factor")
    private BigDecimal alternativeUnitFactor;
    /** Quantity that returns not cancelled took back after a receipt accepted it; accepted stays as the receipts counted it. */
    @Column(name = "returned_quantity", nullable = false)
    private BigDecimal returnedQuantity = BigDecimal.ZERO;

    /** The supplier's auxiliary part id from a punch-out cart, verbatim, which the cXML OrderRequest sends back. */
    @Column(name = "supplier_part_auxiliary_id")
    private String supplierPartAuxiliaryId;

    @Column(name = "long_text")
    private String longText;

    /** The classification the category code belongs to, such as UNSPSC, or null. */
    @Column(name = "classification_domain")
    private String classificationDomain;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(PurchaseOrder purchaseOrder, OrderLineDraft draft) {
        this.purchaseOrder = purchaseOrder;
        this.lineNumber = Inputs.requireText(draft.lineNumber(), "lineNumber", 64);
        this.supplierPartNumber = Inputs.optionalText(draft.supplierPartNumber(), "supplierPartNumber", 128);
        this.description = Inputs.requireText(draft.description(), "description", 1000);
        this.orderedQuantity = Inputs.requirePositive(draft.quantity(), "quantity");
        this.unitCode = Inputs.requireUnitCode(draft.unitCode(), "unitCode");
        this.unitPrice = Inputs.requireNotNegative(draft.unitPrice(), "unitPrice");
        this.priceBasisQuantity = draft.priceBasisQuantity() == null ? BigDecimal.ONE : Inputs.requirePositive(draft.priceBasisQuantity(), "priceBasisQuantity");
        this.vatRate = Inputs.requireVatRate(draft.vatRate(), "vatRate");
        this.costCentre = Inputs.optionalText(draft.costCentre(), "costCentre", 64);
        this.category = Inputs.optionalCode(draft.category(), "category");
        this.requestedDeliveryDate = draft.deliveryDate();
        if (draft.alternativeUnitCode() != null || draft.alternativeUnitFactor() != null) {
            this.alternativeUnitCode = Inputs.requireUnitCode(draft.alternativeUnitCode(), "alternativeUnitCode");
            this.alternativeUnitFactor = Inputs.requirePositive(draft.alternativeUnitFactor(), "alternativeUnitFactor");
        }
    }

    public String getAlternativeUnitCode() {
        return alternativeUnitCode;
    }

    public BigDecimal getAlternativeUnitFactor() {
        return alternativeUnitFactor;
    }

    void confirm(LineConfirmation answer) {
        if (confirmationStatus != LineConfirmationStatus.PENDING) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, reference(), confirmationStatus, "confirm");
        }
        if (answer.rejected()) {
            confirmationStatus = LineConfirmationStatus.REJECTED;
            return;
        }
        BigDecimal quantity = answer.quantity() == null ? orderedQuantity : Inputs.requirePositive(answer.quantity(), "quantity");
        if (quantity.compareTo(orderedQuantity) > 0) {
            throw new InvalidInputException("error.confirmation.overOrdered", lineNumber, plain(quantity), plain(orderedQuantity));
        }
        LocalDate date = answer.deliveryDate() == null ? requestedDeliveryDate : answer.deliveryDate();
        BigDecimal price = answer.unitPrice() == null ? null : Inputs.requireNotNegative(answer.unitPrice(), "unitPrice");
        boolean changed = quantity.compareTo(orderedQuantity) != 0
                || (date != null && !date.equals(requestedDeliveryDate))
                || (price != null && price.compareTo(unitPrice) != 0);
        confirmedQuantity = quantity;
        confirmedDeliveryDate = date;
        confirmedUnitPrice = price == null || price.compareTo(unitPrice) == 0 ? null : price;
        confirmationStatus = changed ? LineConfirmationStatus.CHANGED : LineConfirmationStatus.ACCEPTED;
    }

    /**
     * Applies a buyer's change of quantity, unit price or requested delivery date, each null to keep it. The supplier's
     * confirmation of the line goes back to PENDING, because they have not agreed to the new terms.
     */
    void change(BigDecimal quantity, BigDecimal price, LocalDate deliveryDate) {
        orderedQuantity = quantity == null ? orderedQuantity : quantity;
        unitPrice = price == null ? unitPrice : price;
        requestedDeliveryDate = deliveryDate == null ? requestedDeliveryDate : deliveryDate;
        confirmationStatus = LineConfirmationStatus.PENDING;
        confirmedQuantity = BigDecimal.ZERO;
        confirmedDeliveryDate = null;
        confirmedUnitPrice = null;
    }

    /** Returns ordered quantity × unit price ÷ price basis, rounded half-up to the cent, in the order currency. */
    public Money netAmount() {
        return netAmountWith(orderedQuantity, unitPrice);
    }

    /** Returns the net amount this line would have with this quantity and unit price, rounded as {@link #netAmount()}. */
    Money netAmountWith(BigDecimal quantity, BigDecimal price) {
        return new Money(quantity.multiply(price).divide(priceBasisQuantity, 2, RoundingMode.HALF_UP), purchaseOrder.getCurrency());
    }

    void ship(BigDecimal quantity) {
        Inputs.requirePositive(quantity, "quantity");
        requireNotRejected("ship");
        shippedQuantity = shippedQuantity.add(quantity);
    }

    void receive(BigDecimal received, BigDecimal accepted, BigDecimal rejected) {
        requireNotRejected("receive");
        receivedQuantity = receivedQuantity.add(received);
        acceptedQuantity = acceptedQuantity.add(accepted);
        rejectedQuantity = rejectedQuantity.add(rejected);
    }

    /** Counts an invoice line against this order line; negative to take it back when an invoice is re-linked. */
    public void countInvoiced(BigDecimal quantity) {
        invoicedQuantity = invoicedQuantity.add(quantity);
    }

    /** Counts a credit note line: the quantity is no longer invoiced; negative to take it back. */
    public void countCredited(BigDecimal quantity) {
        creditedQuantity = creditedQuantity.add(quantity);
        invoicedQuantity = invoicedQuantity.subtract(quantity);
    }

    /** Counts a return of accepted goods; negative to take it back when the return is cancelled. */
    public void countReturned(BigDecimal quantity) {
        returnedQuantity = returnedQuantity.add(quantity);
    }

    private void requireNotRejected(String action) {
        if (confirmationStatus == LineConfirmationStatus.REJECTED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, reference(), confirmationStatus, action);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String reference() {
        return purchaseOrder.getNumber() + " line " + lineNumber;
    }

    /** Returns the quantity the supplier is expected to deliver: the confirmed one, or the ordered one until confirmed. */
    public BigDecimal expectedQuantity() {
        return switch (confirmationStatus) {
            case PENDING -> orderedQuantity;
            case REJECTED -> BigDecimal.ZERO;
            default -> confirmedQuantity;
        };
    }

    public Money getPrice() {
        return new Money(unitPrice, purchaseOrder.getCurrency());
    }

    public Quantity getOrdered() {
        return new Quantity(orderedQuantity, unitCode);
    }

    public Long getId() {
        return id;
    }

    public PurchaseOrder getPurchaseOrder() {
        return purchaseOrder;
    }

    public String getLineNumber() {
        return lineNumber;
    }

    public String getSupplierPartNumber() {
        return supplierPartNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    /** Returns the unit price the supplier confirmed in place of the ordered one, or null. */
    public BigDecimal getConfirmedUnitPrice() {
        return confirmedUnitPrice;
    }

    /** Returns the price the invoice must follow: the confirmed one when the supplier changed it, else the ordered one. */
    public BigDecimal agreedUnitPrice() {
        return confirmedUnitPrice != null ? confirmedUnitPrice : unitPrice;
    }

    public BigDecimal getPriceBasisQuantity() {
        return priceBasisQuantity;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getRequestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public LineConfirmationStatus getConfirmationStatus() {
        return confirmationStatus;
    }

    public LocalDate getConfirmedDeliveryDate() {
        return confirmedDeliveryDate;
    }

    public BigDecimal getOrderedQuantity() {
        return orderedQuantity;
    }

    public BigDecimal getConfirmedQuantity() {
        return confirmedQuantity;
    }

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    public BigDecimal getReceivedQuantity() {
        return receivedQuantity;
    }

    public BigDecimal getAcceptedQuantity() {
        return acceptedQuantity;
    }

    public BigDecimal getRejectedQuantity() {
        return rejectedQuantity;
    }

    /** Returns the quantity invoiced net of credit notes. */
    public BigDecimal getInvoicedQuantity() {
        return invoicedQuantity;
    }

    public BigDecimal getCreditedQuantity() {
        return creditedQuantity;
    }

    public BigDecimal getReturnedQuantity() {
        return returnedQuantity;
    }

    /** Copies the punch-out details of the requisition line the order line comes from. */
    void carryPunchOutDetails(String auxiliaryId, String text, String domain) {
        this.supplierPartAuxiliaryId = auxiliaryId;
        this.longText = text;
        this.classificationDomain = domain;
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
}
