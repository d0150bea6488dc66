package org.openprocure.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.UnitFactors;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.supplier.Supplier;

/**
 * A supplier invoice. The supplier's values are stored as received and never changed. The buyer
 * side adds only the links to a purchase order and its lines, and the match status.
 */
@Entity
@Table(name = "supplier_invoice")
public class SupplierInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_invoice_seq")
    @SequenceGenerator(name = "supplier_invoice_seq", sequenceName = "supplier_invoice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** BT-1. */
    @Column(nullable = false)
    private String number;

    /** BT-2. */
    @Column(name = "issue_date")
    private LocalDate issueDate;

    /** BT-5. */
    @Column(nullable = false)
    private String currency;

    /** BT-13 as the supplier wrote it, or as accounts payable assigned it. */
    @Column(name = "order_reference")
    private String orderReference;

    @Column(name = "seller_name")
    private String sellerName;

    /** BT-31. */
    @Column(name = "seller_vat_id")
    private String sellerVatId;

    /** BT-109. */
    @Column(name = "total_without_vat")
    private BigDecimal totalWithoutVat;

    /** BT-110. */
    @Column(name = "total_vat")
    private BigDecimal totalVat;

    /** BT-112. */
    @Column(name = "total_with_vat")
    private BigDecimal totalWithVat;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt = Instant.now();

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false)
    private InvoiceKind kind = InvoiceKind.INVOICE;

    @Column(name = "preceding_invoice_number")
    private String precedingInvoiceNumber;

    @Column(name = "seller_key")
    private String sellerKey;

    @Column(name = "possible_duplicate_of")
    private Long possibleDuplicateOf;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "lifecycle_code")
    private String lifecycleCode;

    @Column(name = "discrepancy_accepted_by")
    private String discrepancyAcceptedBy;

    @Column(name = "discrepancy_acceptance_reason")
    private String discrepancyAcceptanceReason;

    @Column(name = "document_format", nullable = false)
    private String documentFormat;

    /** BT-24, the specification and profile a CII invoice declares, or null. */
    @Column(name = "profile")
    private String profile;

    /** True for an invoice of a profile without lines, which a person reviews instead of a line match. */
    @Column(name = "header_only", nullable = false)
    private boolean headerOnly;

    /** BT-10. */
    @Column(name = "buyer_reference")
    private String buyerReference;

    /** The cost centre whose owner approves the invoice when it has no order. */
    @Column(name = "cost_centre")
    private String costCentre;

    @Column(name = "routed_by")
    private String routedBy;

    @Column(name = "approval_decided_by")
    private String approvalDecidedBy;

    @Column(name = "approval_comment")
    private String approvalComment;

    /** The sum of the payments the ERP reported, in the invoice currency. */
    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "last_paid_on")
    private LocalDate lastPaidOn;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SupplierInvoiceLine> lines = new ArrayList<>();

    /** The document-level allowances and charges (BG-20, BG-21), in document order. */
    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InvoiceAllowanceCharge> allowanceCharges = new ArrayList<>();

    protected SupplierInvoice() {
    }

    SupplierInvoice(IncomingInvoice incoming, String documentFormat, String receivedBy) {
        this.number = incoming.number();
        this.kind = incoming.kind();
        this.precedingInvoiceNumber = incoming.precedingInvoiceNumber();
        this.issueDate = incoming.issueDate();
        this.currency = incoming.currency();
        this.orderReference = incoming.orderReference();
        this.buyerReference = incoming.buyerReference();
        this.sellerName = incoming.sellerName();
        this.sellerVatId = incoming.sellerVatId();
        this.sellerKey = sellerKey(sellerVatId, sellerName);
        this.totalWithoutVat = incoming.totalWithoutVat();
        this.totalVat = incoming.totalVat();
        this.totalWithVat = incoming.totalWithVat();
        this.documentFormat = documentFormat;
        this.receivedBy = receivedBy;
        for (IncomingInvoice.Line line : incoming.lines()) {
            lines.add(new SupplierInvoiceLine(this, line));
        }
        for (IncomingInvoice.AllowanceCharge allowanceCharge : incoming.allowanceCharges()) {
            allowanceCharges.add(InvoiceAllowanceCharge.onDocument(this, allowanceCharges.size(), allowanceCharge));
        }
        this.status = orderNumbers().isEmpty() ? InvoiceStatus.NO_ORDER_REFERENCE : InvoiceStatus.AWAITING_MATCH;
    }

    /**
     * Creates an invoice whose document failed validation. It keeps what the reader could take from
     * the document, is linked to no order, and is never matched.
     */
    static SupplierInvoice rejected(IncomingInvoice incoming, String documentFormat, String receivedBy) {
        SupplierInvoice invoice = new SupplierInvoice(incoming, documentFormat, receivedBy);
        invoice.status = InvoiceStatus.REJECTED;
        return invoice;
    }

    public boolean isRejected() {
        return status == InvoiceStatus.REJECTED;
    }

    /**
     * Returns the numbers of the orders this invoice covers: the document's order reference
     * (BT-13) and those its lines name for themselves, in the order they first appear.
     */
    public Set<String> orderNumbers() {
        Set<String> numbers = new LinkedHashSet<>();
        if (orderReference != null) {
            numbers.add(orderReference);
        }
        for (SupplierInvoiceLine line : lines) {
            if (line.getOrderReference() != null) {
                numbers.add(line.getOrderReference());
            }
        }
        return numbers;
    }

    /**
     * Links the invoice to its order, and each line to an order line: by the order line reference
     * (BT-132) when given, else by the seller's item id (BT-155) when exactly one order line has
     * that supplier part number. A line that neither finds stays unlinked.
     */
    public void linkTo(PurchaseOrder order, UnitFactors factors) {
        purchaseOrder = order;
        supplier = order.getSupplier();
        for (SupplierInvoiceLine line : lines) {
            line.linkTo(findOrderLine(order, line).orElse(null), factors);
        }
    }

    /** Tells whether a line that invoices the given order is not linked to one of its lines yet. */
    public boolean hasUnlinkedLinesOf(String orderNumber) {
        return lines.stream().anyMatch(line -> line.getOrderLine() == null && orderNumber.equals(line.orderNumber()));
    }

    /**
     * Links the lines that invoice the given order and are not linked yet, and returns whether any
     * was. The invoice itself takes the order its reference names, or without one the first order
     * found, so that a line-level reference is enough to place the invoice.
     */
    public boolean linkLinesOf(PurchaseOrder order, UnitFactors factors) {
        if (purchaseOrder == null && (orderReference == null || orderReference.equals(order.getNumber()))) {
            purchaseOrder = order;
        }
        if (supplier == null) {
            supplier = order.getSupplier();
        }
        boolean linked = false;
        for (SupplierInvoiceLine line : lines) {
            if (line.getOrderLine() == null && order.getNumber().equals(line.orderNumber())) {
                Optional<PurchaseOrderLine> target = findOrderLine(order, line);
                target.ifPresent(orderLine -> line.linkTo(orderLine, factors));
                linked |= target.isPresent();
            }
        }
        return linked;
    }

    /**
     * Records the profile the document declares. An invoice without lines of a profile that has
     * none waits for a person's review when it names an order, and is never matched line by line.
     */
    void recordProfile(String declaredProfile, boolean withoutLines) {
        profile = declaredProfile == null || declaredProfile.length() > 255 ? null : declaredProfile;
        headerOnly = withoutLines;
        if (headerOnly && status == InvoiceStatus.AWAITING_MATCH) {
            status = InvoiceStatus.HEADER_ONLY_REVIEW;
        }
    }

    public String getProfile() {
        return profile;
    }

    public boolean isHeaderOnly() {
        return headerOnly;
    }

    /** Sets the order reference that accounts payable found for an invoice without one, and unlinks the old order. */
    void assignOrderReference(String reference) {
        orderReference = reference;
        purchaseOrder = null;
        for (SupplierInvoiceLine line : lines) {
            line.linkTo(null, UnitFactors.SAME_CODE_ONLY);
        }
        status = headerOnly ? InvoiceStatus.HEADER_ONLY_REVIEW : InvoiceStatus.AWAITING_MATCH;
    }

    /**
     * Tells whether this invoice may come from the supplier: its seller VAT identifier (BT-31) is the
     * supplier's, compared without spaces, dots or case, and without the two-letter country prefix
     * when only one of them has it. When either identifier is unknown, it may.
     */
    public boolean mayComeFrom(Supplier candidate) {
        if (sellerVatId == null || candidate.getVatId() == null) {
            return true;
        }
        String seller = Supplier.normalizedVatId(sellerVatId);
        String known = candidate.getVatId();
        if (hasCountry(seller) == hasCountry(known)) {
            return seller.equals(known);
        }
        return withoutCountry(seller).equals(withoutCountry(known));
    }

    private static boolean hasCountry(String vatId) {
        return vatId.matches("[A-Z]{2}.*");
    }

    private static String withoutCountry(String vatId) {
        return hasCountry(vatId) ? vatId.substring(2) : vatId;
    }

    /** Tells whether the invoice is good to pay, which also means accounts payable may no longer change its order. */
    public boolean isGoodToPay() {
        return status == InvoiceStatus.MATCHED || status == InvoiceStatus.MATCHED_WITHIN_TOLERANCE
                || status == InvoiceStatus.DISCREPANCY_ACCEPTED || status == InvoiceStatus.APPROVED_WITHOUT_ORDER;
    }

    /**
     * Sends an invoice without an order to the owner of a cost centre for approval, or to another
     * cost centre while it waits. The actor is null when the invoice's buyer reference chose it.
     */
    void routeTo(String costCentreCode, String actor) {
        if (status != InvoiceStatus.NO_ORDER_REFERENCE && status != InvoiceStatus.AWAITING_APPROVAL) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, status, "route to a cost centre");
        }
        costCentre = costCentreCode;
        routedBy = actor;
        status = InvoiceStatus.AWAITING_APPROVAL;
    }

    /** Records the cost centre owner's decision on an invoice without an order; a refusal needs a comment. */
    void decideWithoutOrder(boolean approved, String actor, String comment) {
        if (status != InvoiceStatus.AWAITING_APPROVAL) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, status, approved ? "approve" : "refuse");
        }
        approvalComment = approved ? Inputs.optionalText(comment, "comment", 1000) : Inputs.requireText(comment, "comment", 1000);
        approvalDecidedBy = actor;
        status = approved ? InvoiceStatus.APPROVED_WITHOUT_ORDER : InvoiceStatus.REFUSED;
    }

    public String getBuyerReference() {
        return buyerReference;
    }

    public String getCostCentre() {
        return costCentre;
    }

    /** Returns who sent the invoice to its cost centre, or null when its buyer reference did. */
    public String getRoutedBy() {
        return routedBy;
    }

    public String getApprovalDecidedBy() {
        return approvalDecidedBy;
    }

    public String getApprovalComment() {
        return approvalComment;
    }

    void hold(String reason) {
        if (status == InvoiceStatus.REJECTED) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, status, "put on hold");
        }
        if (onHold) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, LifecycleStatus.SUSPENDED, "put on hold");
        }
        holdReason = Inputs.requireText(reason, "reason", 1000);
        onHold = true;
    }

    void release() {
        if (!onHold) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, status, "release the hold");
        }
        onHold = false;
        holdReason = null;
    }

    /**
     * Returns the lifecycle status that follows from the invoice's state. It is rejected when its
     * document failed validation. It is 211 once the ERP reported it paid in full, whatever happens
     * later. Otherwise it is refused when its cost
     * centre owner or a dispute refused it, in dispute while a dispute is open, and suspended while on
     * hold. Otherwise it is approved when good to pay, and taken over until then.
     */
    LifecycleStatus lifecycle(boolean openDispute, boolean rejectedInDispute) {
        if (status == InvoiceStatus.REJECTED) {
            return LifecycleStatus.REJECTED;
        }
        if (isPaidInFull()) {
            return LifecycleStatus.PAYMENT_SENT;
        }
        if (rejectedInDispute || status == InvoiceStatus.REFUSED) {
            return LifecycleStatus.REFUSED;
        }
        if (openDispute) {
            return LifecycleStatus.IN_DISPUTE;
        }
        if (onHold) {
            return LifecycleStatus.SUSPENDED;
        }
        return isGoodToPay() ? LifecycleStatus.APPROVED : LifecycleStatus.TAKEN_OVER;
    }

    /**
     * Adds a payment the ERP reported. Only an invoice at 205 Approuvée (good to pay) takes one, and
     * never more than the amount still due. A partial payment leaves it at 205.
     */
    void recordPayment(BigDecimal amount, LocalDate paidOn) {
        if (getLifecycle() != LifecycleStatus.APPROVED || isCreditNote()) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number,
                    getLifecycle() == null ? status : getLifecycle(), "record a payment");
        }
        BigDecimal due = amountDue();
        if (amount.compareTo(due) > 0) {
            throw new InvalidInputException("error.payment.aboveDue", amount.toPlainString(), number, due.toPlainString(), currency);
        }
        paidAmount = paidAmount.add(amount);
        if (lastPaidOn == null || paidOn.isAfter(lastPaidOn)) {
            lastPaidOn = paidOn;
        }
    }

    /** Returns the total with VAT (BT-112) less what was paid, or zero for an invoice without a total. */
    public BigDecimal amountDue() {
        return totalWithVat == null ? BigDecimal.ZERO : totalWithVat.subtract(paidAmount);
    }

    public boolean isPaidInFull() {
        return totalWithVat != null && paidAmount.signum() > 0 && paidAmount.compareTo(totalWithVat) >= 0;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    /** Returns the latest payment date the ERP reported, or null before any payment. */
    public LocalDate getLastPaidOn() {
        return lastPaidOn;
    }

    /** Records the lifecycle status and returns whether it changed. */
    boolean moveTo(LifecycleStatus lifecycle) {
        if (lifecycle.code().equals(lifecycleCode)) {
            return false;
        }
        lifecycleCode = lifecycle.code();
        return true;
    }

    public boolean isOnHold() {
        return onHold;
    }

    public String getHoldReason() {
        return holdReason;
    }

    /** Returns the last recorded lifecycle status, or null before the first one. */
    public LifecycleStatus getLifecycle() {
        return lifecycleCode == null ? null : LifecycleStatus.ofCode(lifecycleCode);
    }

    /** Accepts the discrepancy of the latest match for payment, with the reason accounts payable gives. */
    void acceptDiscrepancy(String actor, String reason) {
        if (status != InvoiceStatus.DISCREPANCY && status != InvoiceStatus.HEADER_ONLY_REVIEW) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, number, status, "accept the discrepancy");
        }
        discrepancyAcceptanceReason = Inputs.requireText(reason, "reason", 1000);
        discrepancyAcceptedBy = actor;
        status = InvoiceStatus.DISCREPANCY_ACCEPTED;
    }

    void identifySupplier(Supplier seller) {
        if (supplier == null) {
            supplier = seller;
        }
    }

    /**
     * Returns what identifies the seller among invoices: the VAT identifier as invoices compare it,
     * else the name in capitals, or null when the invoice names neither.
     */
    static String sellerKey(String vatId, String name) {
        if (vatId != null && !vatId.isBlank()) {
            return Supplier.normalizedVatId(vatId);
        }
        return name == null || name.isBlank() ? null : "NAME:" + name.strip().toUpperCase(Locale.ROOT);
    }

    void markPossibleDuplicateOf(long invoiceId) {
        possibleDuplicateOf = invoiceId;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    /** Tells whether the document credits: a credit note or a negative invoice. */
    public boolean isCreditNote() {
        return kind.isCredit();
    }

    /** Returns BT-25, the invoice a credit note corrects, or null. */
    public String getPrecedingInvoiceNumber() {
        return precedingInvoiceNumber;
    }

    public String getSellerKey() {
        return sellerKey;
    }

    /** Returns the id of an earlier invoice with the same seller, date and total under another number, or null. */
    public Long getPossibleDuplicateOf() {
        return possibleDuplicateOf;
    }

    /** Takes the outcome of a match run; an accepted discrepancy stays accepted unless the invoice now matches. */
    public void recordMatchStatus(InvoiceStatus matchStatus) {
        if (status == InvoiceStatus.DISCREPANCY_ACCEPTED && matchStatus == InvoiceStatus.DISCREPANCY) {
            return;
        }
        status = matchStatus;
    }

    public String getDiscrepancyAcceptedBy() {
        return discrepancyAcceptedBy;
    }

    public String getDiscrepancyAcceptanceReason() {
        return discrepancyAcceptanceReason;
    }

    private static Optional<PurchaseOrderLine> findOrderLine(PurchaseOrder order, SupplierInvoiceLine line) {
        if (line.getOrderLineReference() != null) {
            return order.findLine(line.getOrderLineReference());
        }
        return order.findOnlyLineWithPart(line.getSellerItemId());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getCurrency() {
        return currency;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public String getSellerName() {
        return sellerName;
    }

    public String getSellerVatId() {
        return sellerVatId;
    }

    public BigDecimal getTotalWithoutVat() {
        return totalWithoutVat;
    }

    public BigDecimal getTotalVat() {
        return totalVat;
    }

    public BigDecimal getTotalWithVat() {
        return totalWithVat;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public PurchaseOrder getPurchaseOrder() {
        return purchaseOrder;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getDocumentFormat() {
        return documentFormat;
    }

    public List<SupplierInvoiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<InvoiceAllowanceCharge> getAllowanceCharges() {
        return Collections.unmodifiableList(allowanceCharges);
    }
}
