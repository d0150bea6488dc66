package org.openprocure.invoicing;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.invoicing.validation.InvoiceValidator;
import org.openprocure.invoicing.validation.InvoiceValidator.ValidatedDocument;
import org.openprocure.invoicing.validation.ValidationReport;
import org.openprocure.invoicing.validation.ValidationReports;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderChanged;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.purchasing.UnitConversionService;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.DuplicateDocumentException;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.TransitionNotAllowedException;
import org.openprocure.shared.UniqueViolation;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;
import org.openprocure.supplier.SupplierService;
import org.openprocure.user.UserAccountService;

/**
 * Receives supplier invoices. Every readable invoice is stored with its original bytes: one
 * without an order reference waits for accounts payable, one with a reference is matched.
 */
@Stateless
@PermitAll
public class InvoicingService {

    private static final Logger LOG = Logger.getLogger(InvoicingService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private InvoiceReaders readers;

    @Inject
    private InvoiceValidator validator;

    @Inject
    private InvoiceRejection rejection;

    @Inject
    private ValidationReports validationReports;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private SupplierService suppliers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<InvoiceReceived> invoiceReceived;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private SupplierScope scope;

    @Inject
    private ReceivingService receiving;

    @Inject
    private InvoiceLifecycleService lifecycle;

    @Inject
    private UnitConversionService unitConversions;

    @Inject
    private InvoiceApprovalService approvals;

    @Inject
    private UserAccountService users;

    @Resource
    private SessionContext session;

    /**
     * Receives an invoice or credit note in any syntax {@link InvoiceReaders} detects: UBL 2.1, CII
     * D16B, Factur-X or ZUGFeRD 2 PDF, or cXML InvoiceDetailRequest. The original bytes are kept
     * with the content type they came with (application/xml when absent, application/pdf for a
     * PDF). A UBL or CII document, alone or inside a PDF, is first validated against EN 16931 and
     * the rule sets it claims: one that fails is kept as rejected (lifecycle 213), and one that
     * passes is stored with its report. A body that cannot be read at all (encoding, decimal
     * comma, DOCTYPE, unknown root) is refused and nothing is stored. The same document posted
     * again returns the invoice stored the first time and stores nothing. Another document with a
     * number the seller already used is refused as a duplicate, unless that earlier invoice was
     * rejected. An invoice with the seller, date and total of an earlier one under another number
     * is stored and marked as its possible duplicate. An invoice without lines of a profile that
     * has none (MINIMUM, BASIC WL) that names an order waits for a person's review instead of a
     * line-by-line match.
     */
    @RolesAllowed({"supplier", "accounts-payable"})
    public ReceivedInvoice receive(byte[] body, String contentType) {
        return receive(body, contentType, session.getCallerPrincipal().getName(), null);
    }

    /**
     * Receives an invoice that a supplier's system sent on a channel that authenticated the
     * supplier itself, such as the cXML endpoint: the invoice must name that supplier as seller,
     * or no seller, and it is bound to it.
     */
    @PermitAll
    public ReceivedInvoice receiveFrom(Supplier sender, byte[] body, String contentType, String actor) {
        return receive(body, contentType, actor, sender);
    }

    private ReceivedInvoice receive(byte[] body, String contentType, String actor, Supplier sender) {
        InvoiceReaders.Unpacked unpacked = readers.unpack(body, contentType);
        InvoiceReaders.ReadInvoice read = null;
        InvalidInvoiceDocumentException unbound = null;
        try {
            read = readers.read(unpacked);
        } catch (InvalidInvoiceDocumentException e) {
            if (InvoiceReaders.refusesWholeDocument(e)) {
                throw e;
            }
            unbound = e;
        }
        Optional<ValidatedDocument> validated = validator.validate(unpacked.xml());
        if (validated.isPresent() && validated.get().outcome().hasErrors()) {
            String format = read != null ? read.format() : readers.formatOf(unpacked);
            return rejection.keep(body, storedContentType(unpacked.pdf(), contentType), format, validated.get(),
                    read != null ? read.invoice() : null, actor, sender);
        }
        if (unbound != null) {
            throw unbound;
        }
        return store(body, contentType, actor, sender, read, validated);
    }

    private ReceivedInvoice store(byte[] body, String contentType, String actor, Supplier sender, InvoiceReaders.ReadInvoice read,
                                  Optional<ValidatedDocument> validated) {
        SupplierInvoice invoice = new SupplierInvoice(read.invoice(), read.format(), actor);
        invoice.recordProfile(read.profile(), read.headerOnly());
        if (sender != null) {
            requireInvoiceOf(sender, invoice);
        } else {
            requireOwnInvoiceOfSupplierUser(invoice);
        }
        Optional<SupplierInvoice> sameNumber = findBySellerAndNumber(invoice.getSellerKey(), invoice.getNumber());
        if (sameNumber.isPresent()) {
            return again(sameNumber.get(), body);
        }
        findSameAmountAndDate(invoice).ifPresent(earlier -> invoice.markPossibleDuplicateOf(earlier.getId()));

        for (String orderNumber : new TreeSet<>(invoice.orderNumbers())) {
            purchaseOrders.findByNumber(orderNumber)
                    .filter(order -> invoice.mayComeFrom(order.getSupplier()))
                    .ifPresent(order -> invoice.linkLinesOf(purchaseOrders.lock(order), unitConversions.forSupplier(order.getSupplier().getId())));
        }
        if (invoice.getSellerVatId() != null) {
            suppliers.findByVatId(invoice.getSellerVatId()).ifPresent(invoice::identifySupplier);
        }
        entityManager.persist(invoice);
        entityManager.persist(new InvoiceDocument(invoice.getId(), storedContentType(read.pdf(), contentType), body));
        validated.ifPresent(document -> validationReports.record(invoice.getId(), document.outcome()));
        flushRejectingConcurrentDuplicate(invoice);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "RECEIVED", actor, read.format());
        lifecycle.refresh(invoice, actor);
        if (invoice.getPossibleDuplicateOf() != null) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "POSSIBLE_DUPLICATE", actor,
                    "invoice " + invoice.getPossibleDuplicateOf() + " has the same seller, date and total");
        }
        if (invoice.isHeaderOnly() && !invoice.orderNumbers().isEmpty()) {
            auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "HEADER_ONLY_REVIEW", actor, read.profile());
        } else if (!invoice.orderNumbers().isEmpty()) {
            invoiceReceived.fire(new InvoiceReceived(invoice.getId()));
        } else {
            approvals.routeByBuyerReference(invoice);
        }
        announceCredit(invoice, invoice.getPurchaseOrder());

        LOG.info(() -> "Invoice " + invoice.getId() + " received (" + read.format() + ", " + invoice.getLines().size()
                + " line(s)), status " + invoice.getStatus());
        return new ReceivedInvoice(invoice, false);
    }

    /** Receives a UBL invoice; kept for callers written before {@link #receive(byte[], String)} read every syntax. */
    @RolesAllowed({"supplier", "accounts-payable"})
    public ReceivedInvoice receiveUbl(byte[] body, String contentType) {
        return receive(body, contentType);
    }

    private static String storedContentType(boolean pdf, String contentType) {
        if (pdf) {
            return "application/pdf";
        }
        return contentType == null || contentType.length() > 128 ? "application/xml" : contentType;
    }

    /** Returns the stored invoice when the document is the same, byte for byte; rejects another document under its number. */
    private ReceivedInvoice again(SupplierInvoice stored, byte[] body) {
        InvoiceDocument document = entityManager.find(InvoiceDocument.class, stored.getId());
        if (document == null || !document.getSha256().equals(InvoiceDocument.sha256(body))) {
            throw new DuplicateDocumentException("error.invoice.duplicateNumber", stored.getNumber(), sellerLabel(stored));
        }
        scope.requireVisible(DocumentType.SUPPLIER_INVOICE, stored.getId(), stored.getSupplier());
        LOG.info(() -> "Invoice " + stored.getId() + " posted again; the stored one is returned");
        return new ReceivedInvoice(stored, true);
    }

    private static String sellerLabel(SupplierInvoice invoice) {
        return invoice.getSellerName() != null ? invoice.getSellerName() : invoice.getSellerVatId();
    }

    /** Finds the seller's invoice with the number; a rejected invoice does not hold its number, so its correction may reuse it. */
    private Optional<SupplierInvoice> findBySellerAndNumber(String sellerKey, String number) {
        if (sellerKey == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        select i from SupplierInvoice i
                        where i.sellerKey = :seller and i.number = :number and i.status <> :rejected""", SupplierInvoice.class)
                .setParameter("seller", sellerKey)
                .setParameter("number", number)
                .setParameter("rejected", InvoiceStatus.REJECTED)
                .getResultStream()
                .findFirst();
    }

    private Optional<SupplierInvoice> findSameAmountAndDate(SupplierInvoice invoice) {
        if (invoice.getSellerKey() == null || invoice.getIssueDate() == null || invoice.getTotalWithVat() == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        select i from SupplierInvoice i
                        where i.sellerKey = :seller and i.issueDate = :date and i.totalWithVat = :total
                        order by i.id""", SupplierInvoice.class)
                .setParameter("seller", invoice.getSellerKey())
                .setParameter("date", invoice.getIssueDate())
                .setParameter("total", invoice.getTotalWithVat())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Writes the invoice now, so that a post of the same number that committed in the meantime
     * fails here on the unique index with a clear error, not at commit with a server error.
     */
    private void flushRejectingConcurrentDuplicate(SupplierInvoice invoice) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)) {
                throw new DuplicateDocumentException("error.invoice.duplicateNumber", invoice.getNumber(), sellerLabel(invoice));
            }
            throw e;
        }
    }

    /**
     * Tells the order that a credit note now takes quantities back from its lines, or gave them
     * back, so that its other invoices are matched again and its returns settled.
     */
    private void announceCredit(SupplierInvoice invoice, PurchaseOrder order) {
        if (invoice.isCreditNote() && order != null) {
            orderChanged.fire(new PurchaseOrderChanged(order.getId()));
        }
    }

    /**
     * Assigns an order to an invoice that names none, an unknown one or a wrong one, and requests a
     * match. The order must be addressed to the invoice's seller, and an invoice that is good to pay
     * keeps its order.
     */
    @RolesAllowed("accounts-payable")
    public SupplierInvoice assignOrder(long invoiceId, String orderNumber) {
        String number = Inputs.requireText(orderNumber, "orderNumber");
        SupplierInvoice invoice = get(invoiceId);
        if (invoice.isGoodToPay() || invoice.isRejected()) {
            throw new TransitionNotAllowedException(DocumentType.SUPPLIER_INVOICE, invoice.getNumber(), invoice.getStatus(), "assign an order");
        }
        PurchaseOrder order = purchaseOrders.findByNumber(number)
                .orElseThrow(() -> new DocumentNotFoundException(DocumentType.PURCHASE_ORDER, number));
        if (!invoice.mayComeFrom(order.getSupplier())) {
            throw new InvalidInputException("error.invoice.otherSupplier", order.getNumber(), invoice.getSellerVatId());
        }

        PurchaseOrder previous = invoice.getPurchaseOrder();
        invoice.assignOrderReference(order.getNumber());
        invoice.linkTo(purchaseOrders.lock(order), unitConversions.forSupplier(order.getSupplier().getId()));
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "ORDER_ASSIGNED", session.getCallerPrincipal().getName(), number);
        invoiceReceived.fire(new InvoiceReceived(invoice.getId()));
        announceCredit(invoice, order);
        if (previous != null && !previous.equals(order)) {
            announceCredit(invoice, previous);
        }

        LOG.info(() -> "Invoice " + invoiceId + " assigned to order " + number);
        return invoice;
    }

    /**
     * Accepts the invoice's discrepancy for payment, with a reason. Segregation of duties: a clerk who
     * posted a goods receipt for the invoice's order may not accept its discrepancy.
     */
    @RolesAllowed("accounts-payable")
    public SupplierInvoice acceptDiscrepancy(long invoiceId, String reason) {
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        String actor = session.getCallerPrincipal().getName();
        PurchaseOrder order = invoice.getPurchaseOrder();
        if (order != null && receiving.hasPosted(order.getId(), actor)) {
            throw new DutySegregationException("error.invoice.acceptOwnReceipt", invoice.getNumber(), order.getNumber());
        }
        InvoiceAuthority.require(users.find(actor).orElse(null), invoice, "error.acceptance");
        invoice.acceptDiscrepancy(actor, reason);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "DISCREPANCY_ACCEPTED", actor, invoice.getDiscrepancyAcceptanceReason());
        lifecycle.refresh(invoice, actor);

        LOG.info(() -> "Invoice " + invoiceId + " discrepancy accepted");
        return invoice;
    }

    /** Puts the invoice on hold, with a reason: it is not approved for payment until released. */
    @RolesAllowed("accounts-payable")
    public SupplierInvoice hold(long invoiceId, String reason) {
        SupplierInvoice invoice = get(invoiceId);
        String actor = session.getCallerPrincipal().getName();
        invoice.hold(reason);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "PUT_ON_HOLD", actor, invoice.getHoldReason());
        lifecycle.refresh(invoice, actor);
        return invoice;
    }

    @RolesAllowed("accounts-payable")
    public SupplierInvoice release(long invoiceId) {
        SupplierInvoice invoice = get(invoiceId);
        String actor = session.getCallerPrincipal().getName();
        invoice.release();
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "HOLD_RELEASED", actor);
        lifecycle.refresh(invoice, actor);
        return invoice;
    }

    /** Asks the supplier's contact for a credit note on the invoice, giving the reason; the request goes into the trail. */
    @RolesAllowed("accounts-payable")
    public SupplierInvoice requestCreditNote(long invoiceId, String reason) {
        SupplierInvoice invoice = get(invoiceId);
        String requestReason = Inputs.requireText(reason, "reason", 1000);
        String actor = session.getCallerPrincipal().getName();
        String notice = lifecycle.tellSupplier(invoice, "notification.creditNoteRequested", invoice.getNumber(), requestReason);
        auditTrail.record(DocumentType.SUPPLIER_INVOICE, invoice.getId(), "CREDIT_NOTE_REQUESTED", actor, requestReason + " (" + notice + ")");
        return invoice;
    }

    /**
     * A supplier user sends only their own company's invoices: the seller's VAT identifier must be
     * their supplier's. Staff (accounts payable) send any seller's.
     */
    private static void requireInvoiceOf(Supplier sender, SupplierInvoice invoice) {
        if (!invoice.mayComeFrom(sender)) {
            throw new InvalidInputException("error.invoice.notOwnCompany", String.valueOf(invoice.getSellerVatId()), sender.getName());
        }
        invoice.identifySupplier(sender);
    }

    private void requireOwnInvoiceOfSupplierUser(SupplierInvoice invoice) {
        if (scope.restriction().isEmpty()) {
            return;
        }
        Supplier own = scope.callerSupplier().orElseThrow(() -> new InvalidInputException("error.invoice.noSupplierBinding"));
        if (own.getVatId() == null || invoice.getSellerVatId() == null || !invoice.mayComeFrom(own)) {
            throw new InvalidInputException("error.invoice.notOwnCompany", String.valueOf(invoice.getSellerVatId()), own.getName());
        }
        invoice.identifySupplier(own);
    }

    /** Returns the invoice; a supplier user gets only their company's, and 404 for any other. */
    public SupplierInvoice get(long id) {
        SupplierInvoice invoice = entityManager.find(SupplierInvoice.class, id);
        if (invoice == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, id);
        }
        scope.requireVisible(DocumentType.SUPPLIER_INVOICE, id, invoice.getSupplier());
        return invoice;
    }

    /** Returns the invoice file as received, to those who may see the invoice. */
    public InvoiceDocument document(long invoiceId) {
        get(invoiceId);
        InvoiceDocument document = entityManager.find(InvoiceDocument.class, invoiceId);
        if (document == null) {
            throw new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId);
        }
        return document;
    }

    /** Returns the validation report of the invoice's document, to those who may see the invoice. */
    public ValidationReport validationReport(long invoiceId) {
        get(invoiceId);
        return validationReports.find(invoiceId)
                .orElseThrow(() -> new DocumentNotFoundException(DocumentType.SUPPLIER_INVOICE, invoiceId));
    }

    /** Returns the invoices and credit notes linked to the order, or to one of its lines, oldest first, to staff only. */
    @RolesAllowed({"requester", "approver", "buyer", "receiver", "accounts-payable", "administrator"})
    public List<SupplierInvoice> forOrder(long orderId) {
        return entityManager.createQuery("""
                        select distinct i from SupplierInvoice i left join i.lines l
                        where i.purchaseOrder.id = :orderId or l.orderLine.purchaseOrder.id = :orderId
                        order by i.id""", SupplierInvoice.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }

    /** Returns one page of the invoices the caller may see, newest first. */
    public List<SupplierInvoice> list(int first, int size) {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("select i from SupplierInvoice i where i.supplier.id = :supplierId order by i.id desc",
                            SupplierInvoice.class)
                    .setParameter("supplierId", supplierId.get())
                    .setFirstResult(first)
                    .setMaxResults(size)
                    .getResultList();
        }
        return entityManager.createQuery("select i from SupplierInvoice i order by i.id desc", SupplierInvoice.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Counts the invoices the caller may see. */
    public long count() {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("select count(i) from SupplierInvoice i where i.supplier.id = :supplierId", Long.class)
                    .setParameter("supplierId", supplierId.get())
                    .getSingleResult();
        }
        return entityManager.createQuery("select count(i) from SupplierInvoice i", Long.class).getSingleResult();
    }
}
