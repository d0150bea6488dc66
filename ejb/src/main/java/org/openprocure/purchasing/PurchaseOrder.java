package org.openprocure.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.Money;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;

/**
 * An order to one supplier in one currency. It is issued from an approved requisition or imported
 * from the ERP with the ERP's number. The supplier then confirms it, and it is shipped, received and
 * invoiced line by line. Its status is recomputed from the line counters after every change.
 *
 * <p>An order issued from a requisition keeps the total excluding VAT that approvers accepted.
 * Until goods are received, a buyer may change a line's quantity or price or add a line. Each
 * applied change raises the revision, and the changed lines wait for the supplier's confirmation
 * again. Whether a change needs a new approval is decided by {@link ChangeTolerance}.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "requisition_id")
    private Long requisitionId;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PurchaseOrderStatus status = PurchaseOrderStatus.ISSUED;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt = Instant.now();

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "supplier_note")
    private String supplierNote;

    /** The total excluding VAT that approvers last accepted, in the order currency; null on orders imported from the ERP. */
    @Column(name = "approved_total")
    private BigDecimal approvedTotal;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    /** The number of buyer changes applied since the order was issued. */
    @Column(nullable = false)
    private int revision;

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    /** The document-level charges and allowances the order foresees, such as freight or a discount. */
    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderAllowanceCharge> allowanceCharges = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(String number, Supplier supplier, String currency, Long requisitionId, String issuedBy, List<OrderLineDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("error.order.noLines");
        }
        this.number = Inputs.requireText(number, "number", 64);
        this.supplier = supplier;
        this.currency = Inputs.requireCurrency(currency, "currency");
        this.requisitionId = requisitionId;
        this.issuedBy = issuedBy;
        Set<String> lineNumbers = new HashSet<>();
        for (OrderLineDraft draft : drafts) {
            PurchaseOrderLine line = new PurchaseOrderLine(this, draft);
            if (!lineNumbers.add(line.getLineNumber())) {
                throw new InvalidInputException("error.order.duplicateLine", line.getLineNumber());
            }
            lines.add(line);
        }
    }

    /** Records the total excluding VAT that approvers accepted, at issue or when they approve a change. */
    void approveTotal(Money total) {
        approvedTotal = total.amount();
    }

    /** Returns the total excluding VAT of the lines, each line rounded to the cent; document-level charges are not included. */
    public Money netTotal() {
        Money total = Money.zero(currency);
        for (PurchaseOrderLine line : lines) {
            total = total.plus(line.netAmount());
        }
        return total;
    }

    /**
     * Checks a buyer's change against this order and returns it ready to store, with a line number
     * given to each new line that has none: the next whole number after the order's highest one.
     */
    OrderChangeDraft check(OrderChangeDraft change) {
        requireChangeable();
        if (change.lines().isEmpty() && change.newLines().isEmpty()) {
            throw new InvalidInputException("error.orderChange.nothing", number);
        }
        Set<String> changed = new HashSet<>();
        List<LineChange> lineChanges = new ArrayList<>();
        for (LineChange lineChange : change.lines()) {
            PurchaseOrderLine line = line(lineChange.lineNumber());
            if (!changed.add(line.getLineNumber())) {
                throw new InvalidInputException("error.orderChange.duplicateLine", line.getLineNumber());
            }
            lineChanges.add(check(line, lineChange));
        }
        List<OrderLineDraft> newLines = new ArrayList<>();
        int next = highestLineNumber() + 1;
        for (OrderLineDraft draft : change.newLines()) {
            String lineNumber = draft.lineNumber() == null || draft.lineNumber().isBlank() ? String.valueOf(next++) : draft.lineNumber().strip();
            if (findLine(lineNumber).isPresent() || !changed.add(lineNumber)) {
                throw new InvalidInputException("error.order.duplicateLine", lineNumber);
            }
            OrderLineDraft numbered = new OrderLineDraft(lineNumber, draft.supplierPartNumber(), draft.description(), draft.quantity(),
                    draft.unitCode(), draft.unitPrice(), draft.priceBasisQuantity(), draft.vatRate(), draft.costCentre(),
                    draft.deliveryDate(), draft.category(), draft.alternativeUnitCode(), draft.alternativeUnitFactor());
            new PurchaseOrderLine(this, numbered);
            newLines.add(numbered);
        }
        return new OrderChangeDraft(change.reason(), lineChanges, newLines);
    }

    private static LineChange check(PurchaseOrderLine line, LineChange change) {
        BigDecimal quantity = change.quantity() == null ? null : Inputs.requirePositive(change.quantity(), "quantity");
        BigDecimal price = change.unitPrice() == null ? null : Inputs.requireNotNegative(change.unitPrice(), "unitPrice");
        boolean quantityChanges = quantity != null && quantity.compareTo(line.getOrderedQuantity()) != 0;
        boolean priceChanges = price != null && price.compareTo(line.getUnitPrice()) != 0;
        boolean dateChanges = change.deliveryDate() != null && !change.deliveryDate().equals(line.getRequestedDeliveryDate());
        if (!quantityChanges && !priceChanges && !dateChanges) {
            throw new InvalidInputException("error.orderChange.lineUnchanged", line.getLineNumber());
        }
        if (dateChanges && change.deliveryDate().isBefore(LocalDate.now())) {
            throw new InvalidInputException("error.orderChange.pastDeliveryDate", line.getLineNumber(), change.deliveryDate().toString(),
                    LocalDate.now().toString());
        }
        if (quantityChanges && quantity.compareTo(line.getShippedQuantity()) < 0) {
            throw new InvalidInputException("error.orderChange.belowShipped", line.getLineNumber(), quantity.stripTrailingZeros().toPlainString(),
                    line.getShippedQuantity().stripTrailingZeros().toPlainString());
        }
        return new LineChange(line.getLineNumber(), quantityChanges ? quantity : null, priceChanges ? price : null,
                dateChanges ? change.deliveryDate() : null);
    }

    /** Returns the total excluding VAT the order would have with this checked change applied. */
    Money totalWith(OrderChangeDraft change) {
        Money total = Money.zero(currency);
        for (PurchaseOrderLine line : lines) {
            LineChange lineChange = change.lines().stream().filter(c -> c.lineNumber().equals(line.getLineNumber())).findFirst().orElse(null);
            if (lineChange == null) {
                total = total.plus(line.netAmount());
            } else {
                BigDecimal quantity = lineChange.quantity() == null ? line.getOrderedQuantity() : lineChange.quantity();
                BigDecimal price = lineChange.unitPrice() == null ? line.getUnitPrice() : lineChange.unitPrice();
                total = total.plus(line.netAmountWith(quantity, price));
            }
        }
        for (OrderLineDraft draft : change.newLines()) {
            total = total.plus(new PurchaseOrderLine(this, draft).netAmount());
        }
        return total;
    }

    /** Applies a change checked by {@link #check}; its lines wait for the supplier's confirmation again. */
    void apply(OrderChangeDraft change) {
        requireChangeable();
        for (LineChange lineChange : change.lines()) {
            line(lineChange.lineNumber()).change(lineChange.quantity(), lineChange.unitPrice(), lineChange.deliveryDate());
        }
        for (OrderLineDraft draft : change.newLines()) {
            lines.add(new PurchaseOrderLine(this, draft));
        }
        revision++;
        refreshStatus();
    }

    /**
     * Cancels the order at a buyer's request. Only an order with nothing shipped or received may be
     * cancelled, because goods on their way must be received or returned.
     */
    void cancel(String reason, String actor) {
        String checkedReason = Inputs.requireText(reason, "reason", 1000);
        if (status == PurchaseOrderStatus.CANCELLED || status == PurchaseOrderStatus.SHIPPED
                || status == PurchaseOrderStatus.PARTIALLY_RECEIVED || status == PurchaseOrderStatus.RECEIVED
                || lines.stream().anyMatch(line -> line.getShippedQuantity().signum() > 0 || line.getReceivedQuantity().signum() > 0)) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, "cancel");
        }
        cancellationReason = checkedReason;
        cancelledBy = actor;
        cancelledAt = Instant.now();
        status = PurchaseOrderStatus.CANCELLED;
    }

    /** Passes when the order came from a requisition and no goods have been received against it, and it is not rejected. */
    void requireChangeable() {
        if (requisitionId == null) {
            throw new InvalidInputException("error.orderChange.imported", number);
        }
        if (status == PurchaseOrderStatus.REJECTED || status == PurchaseOrderStatus.PARTIALLY_RECEIVED
                || status == PurchaseOrderStatus.RECEIVED || status == PurchaseOrderStatus.CANCELLED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, "change");
        }
    }

    private int highestLineNumber() {
        return lines.stream()
                .map(PurchaseOrderLine::getLineNumber)
                .filter(lineNumber -> WHOLE_NUMBER.matcher(lineNumber).matches())
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
    }

    /** Records the document-level charges and allowances the order foresees, which invoices are compared with. */
    void foresee(List<OrderChargeDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            OrderChargeDraft draft = Inputs.requirePresent(drafts.get(i), "allowanceCharges[" + (i + 1) + "]");
            allowanceCharges.add(new OrderAllowanceCharge(this, allowanceCharges.size(), draft));
        }
    }

    /** Accepts every line as ordered. */
    public void confirmAll(String note) {
        requireOpenForConfirmation("confirm");
        String checkedNote = Inputs.optionalText(note, "note", 1000);
        for (PurchaseOrderLine line : lines) {
            line.confirm(new LineConfirmation(line.getLineNumber(), false, null, null, null));
        }
        supplierNote = checkedNote;
        refreshStatus();
    }

    /** Rejects the whole order. */
    public void reject(String reason) {
        requireOpenForConfirmation("reject");
        String checkedReason = Inputs.requireText(reason, "reason", 1000);
        for (PurchaseOrderLine line : lines) {
            line.confirm(new LineConfirmation(line.getLineNumber(), true, null, null, null));
        }
        supplierNote = checkedReason;
        refreshStatus();
    }

    /** Applies the supplier's confirmation line by line; lines not named stay pending. */
    public void confirmLines(List<LineConfirmation> confirmations, String note) {
        if (status == PurchaseOrderStatus.CANCELLED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, "confirm");
        }
        Inputs.requireEntries(confirmations, "lines");
        String checkedNote = Inputs.optionalText(note, "note", 1000);
        for (LineConfirmation confirmation : confirmations) {
            line(confirmation.lineNumber()).confirm(confirmation);
        }
        supplierNote = checkedNote;
        refreshStatus();
    }

    public void ship(Map<PurchaseOrderLine, BigDecimal> quantities) {
        if (status == PurchaseOrderStatus.REJECTED || status == PurchaseOrderStatus.CANCELLED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, "ship");
        }
        quantities.forEach(PurchaseOrderLine::ship);
        refreshStatus();
    }

    public void receive(PurchaseOrderLine line, BigDecimal received, BigDecimal accepted, BigDecimal rejected) {
        if (status == PurchaseOrderStatus.REJECTED || status == PurchaseOrderStatus.CANCELLED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, "receive");
        }
        line.receive(received, accepted, rejected);
        refreshStatus();
    }

    /** Returns the line with this line number, or fails with a message naming the number and the order. */
    public PurchaseOrderLine line(String lineNumber) {
        Inputs.requireText(lineNumber, "lineNumber");
        return findLine(lineNumber.strip())
                .orElseThrow(() -> new InvalidInputException("error.order.unknownLine", lineNumber, number));
    }

    public Optional<PurchaseOrderLine> findLine(String lineNumber) {
        return lines.stream().filter(line -> line.getLineNumber().equals(lineNumber)).findFirst();
    }

    /** Returns the only line with this supplier part number, if exactly one has it. */
    public Optional<PurchaseOrderLine> findOnlyLineWithPart(String supplierPartNumber) {
        List<PurchaseOrderLine> matches = lines.stream()
                .filter(line -> supplierPartNumber != null && supplierPartNumber.equals(line.getSupplierPartNumber()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Derives the status from the line counters, whatever order the documents arrived in. */
    void refreshStatus() {
        if (cancelledAt != null) {
            status = PurchaseOrderStatus.CANCELLED;
            return;
        }
        List<PurchaseOrderLine> open = lines.stream()
                .filter(line -> line.getConfirmationStatus() != LineConfirmationStatus.REJECTED)
                .toList();
        if (open.isEmpty()) {
            status = PurchaseOrderStatus.REJECTED;
        } else if (open.stream().allMatch(line -> line.getReceivedQuantity().compareTo(line.expectedQuantity()) >= 0)) {
            status = PurchaseOrderStatus.RECEIVED;
        } else if (open.stream().anyMatch(line -> line.getReceivedQuantity().signum() > 0)) {
            status = PurchaseOrderStatus.PARTIALLY_RECEIVED;
        } else if (open.stream().anyMatch(line -> line.getShippedQuantity().signum() > 0)) {
            status = PurchaseOrderStatus.SHIPPED;
        } else if (lines.stream().allMatch(line -> line.getConfirmationStatus() != LineConfirmationStatus.PENDING)) {
            status = PurchaseOrderStatus.CONFIRMED;
        } else if (lines.stream().anyMatch(line -> line.getConfirmationStatus() != LineConfirmationStatus.PENDING)) {
            status = PurchaseOrderStatus.PARTIALLY_CONFIRMED;
        } else {
            status = PurchaseOrderStatus.ISSUED;
        }
    }

    private void requireOpenForConfirmation(String action) {
        if (status == PurchaseOrderStatus.CANCELLED) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, action);
        }
        if (lines.stream().anyMatch(line -> line.getConfirmationStatus() != LineConfirmationStatus.PENDING)) {
            throw new TransitionNotAllowedException(DocumentType.PURCHASE_ORDER, number, status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Long getRequisitionId() {
        return requisitionId;
    }

    public String getCurrency() {
        return currency;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getSupplierNote() {
        return supplierNote;
    }

    /** Returns the total excluding VAT that approvers last accepted, or null on an order imported from the ERP. */
    public Money getApprovedTotal() {
        return approvedTotal == null ? null : new Money(approvedTotal, currency);
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public int getRevision() {
        return revision;
    }

    public List<PurchaseOrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderAllowanceCharge> getAllowanceCharges() {
        return Collections.unmodifiableList(allowanceCharges);
    }
}
