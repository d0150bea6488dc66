package org.openprocure.purchasing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.openprocure.audit.AuditTrail;
import org.openprocure.requisition.PurchaseRequisition;
import org.openprocure.requisition.RequisitionLine;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DocumentNumberSeries;
import org.openprocure.shared.DocumentNumbers;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.SearchText;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierScope;
import org.openprocure.supplier.SupplierService;

/** Issues purchase orders, records the supplier's confirmation, and looks orders up. */
@Stateless
@PermitAll
public class PurchaseOrderService {

    private static final Logger LOG = Logger.getLogger(PurchaseOrderService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierService suppliers;

    @Inject
    private DocumentNumbers numbers;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<PurchaseOrderChanged> orderChanged;

    @Inject
    private Event<PurchaseOrderIssued> orderIssued;

    @Inject
    private Event<OrderConfirmationReceived> confirmationReceived;

    @Inject
    private Event<PurchaseOrderCancelled> orderCancelled;

    @Inject
    private SupplierScope scope;

    @Resource
    private SessionContext session;

    /**
     * Issues one order per supplier and currency of an approved requisition, with its own number.
     * Called in the approval's transaction.
     */
    public List<PurchaseOrder> issueFrom(PurchaseRequisition requisition, String actor) {
        Map<String, List<RequisitionLine>> groups = new LinkedHashMap<>();
        for (RequisitionLine line : requisition.getLines()) {
            String key = line.getSupplier().getId() + "/" + line.getCurrency();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }

        List<PurchaseOrder> orders = new ArrayList<>();
        for (List<RequisitionLine> group : groups.values()) {
            List<OrderLineDraft> drafts = new ArrayList<>();
            for (RequisitionLine line : group) {
                drafts.add(new OrderLineDraft(String.valueOf(drafts.size() + 1), line.getSupplierPartNumber(), line.getDescription(),
                        line.getQuantity(), line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisQuantity(),
                        line.getVatRate(), line.getCostCentre(), line.getNeedByDate(), line.getCategory(), null, null));
            }
            RequisitionLine first = group.get(0);
            PurchaseOrder order = new PurchaseOrder(numbers.next(DocumentNumberSeries.PURCHASE_ORDER), first.getSupplier(),
                    first.getCurrency(), requisition.getId(), actor, drafts);
            for (int i = 0; i < group.size(); i++) {
                RequisitionLine line = group.get(i);
                order.getLines().get(i).carryPunchOutDetails(line.getSupplierPartAuxiliaryId(), line.getLongText(), line.getClassificationDomain());
            }
            order.approveTotal(order.netTotal());
            entityManager.persist(order);
            auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "ISSUED", actor, requisition.getNumber());
            orderIssued.fire(new PurchaseOrderIssued(order.getId()));
            LOG.info(() -> "Purchase order " + order.getNumber() + " issued from requisition " + requisition.getNumber());
            orders.add(order);
        }
        return orders;
    }

    /** Records an order that the ERP issued, under the ERP's number, with no document-level charge or allowance. */
    @RolesAllowed({"buyer", "administrator"})
    public PurchaseOrder importOrder(String number, long supplierId, String currency, List<OrderLineDraft> lines) {
        return importOrder(number, supplierId, currency, lines, List.of());
    }

    /** Records an order that the ERP issued, under the ERP's number, with the charges and allowances it foresees. */
    @RolesAllowed({"buyer", "administrator"})
    public PurchaseOrder importOrder(String number, long supplierId, String currency, List<OrderLineDraft> lines,
                                     List<OrderChargeDraft> allowanceCharges) {
        Inputs.requireEntries(lines, "lines");
        Supplier supplier = suppliers.get(supplierId);
        if (number != null && findByNumber(number.strip()).isPresent()) {
            throw new InvalidInputException("error.order.duplicateNumber", number.strip());
        }
        String actor = session.getCallerPrincipal().getName();
        PurchaseOrder order = new PurchaseOrder(number, supplier, currency, null, actor, lines);
        order.foresee(allowanceCharges == null ? List.of() : allowanceCharges);

        entityManager.persist(order);
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "IMPORTED", actor);
        orderChanged.fire(new PurchaseOrderChanged(order.getId()));
        orderIssued.fire(new PurchaseOrderIssued(order.getId()));

        LOG.info(() -> "Purchase order " + order.getNumber() + " imported for supplier " + supplierId);
        return order;
    }

    /** Cancels an order that nothing was shipped or received against; the supplier is informed on its order channel. */
    @RolesAllowed("buyer")
    public PurchaseOrder cancel(long orderId, String reason) {
        PurchaseOrder order = getForUpdate(orderId);

        String actor = session.getCallerPrincipal().getName();
        order.cancel(reason, actor);

        record(order, "CANCELLED", order.getCancellationReason(), actor);
        orderCancelled.fire(new PurchaseOrderCancelled(order.getId()));
        return order;
    }

    @RolesAllowed({"supplier", "buyer"})
    public PurchaseOrder confirmAll(long orderId, String note) {
        return confirmAll(getForUpdate(orderId), note, session.getCallerPrincipal().getName());
    }

    @RolesAllowed({"supplier", "buyer"})
    public PurchaseOrder confirmLines(long orderId, List<LineConfirmation> confirmations, String note) {
        return confirmLines(getForUpdate(orderId), confirmations, note, session.getCallerPrincipal().getName());
    }

    @RolesAllowed({"supplier", "buyer"})
    public PurchaseOrder reject(long orderId, String reason) {
        return reject(getForUpdate(orderId), reason, session.getCallerPrincipal().getName());
    }

    /*
     * The three methods below apply a confirmation to an order already locked with getForUpdate or
     * lock. Their callers have checked that the actor may confirm for the order's supplier, as the
     * cXML endpoint does after authenticating the supplier's credential.
     */

    public PurchaseOrder confirmAll(PurchaseOrder lockedOrder, String note, String actor) {
        lockedOrder.confirmAll(note);

        record(lockedOrder, "CONFIRMED", null, actor);
        confirmationReceived.fire(new OrderConfirmationReceived(lockedOrder.getId(), "CONFIRMED"));
        return lockedOrder;
    }

    public PurchaseOrder confirmLines(PurchaseOrder lockedOrder, List<LineConfirmation> confirmations, String note, String actor) {
        lockedOrder.confirmLines(confirmations, note);

        record(lockedOrder, "CONFIRMED_BY_LINE", describe(confirmations), actor);
        confirmationReceived.fire(new OrderConfirmationReceived(lockedOrder.getId(), "CONFIRMED_BY_LINE"));
        return lockedOrder;
    }

    public PurchaseOrder reject(PurchaseOrder lockedOrder, String reason, String actor) {
        lockedOrder.reject(reason);

        record(lockedOrder, "REJECTED_BY_SUPPLIER", reason, actor);
        confirmationReceived.fire(new OrderConfirmationReceived(lockedOrder.getId(), "REJECTED"));
        return lockedOrder;
    }

    /** Returns the order; a supplier user gets only their company's, and 404 for any other. */
    public PurchaseOrder get(long id) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, id);
        if (order == null) {
            throw new DocumentNotFoundException(DocumentType.PURCHASE_ORDER, id);
        }
        scope.requireVisible(DocumentType.PURCHASE_ORDER, id, order.getSupplier());
        return order;
    }

    /** Returns the order as {@link #get} does, with its supplier and lines loaded, for a caller outside any transaction such as a page. */
    public PurchaseOrder getWithLines(long id) {
        PurchaseOrder order = get(id);
        order.getSupplier().getName();
        order.getLines().size();
        return order;
    }

    /**
     * Returns the order with its row locked until the transaction ends, for a change to its line
     * counters. Receipts, notices, confirmations and the match lock the order first, so they take
     * turns instead of failing on each other's line versions.
     */
    public PurchaseOrder getForUpdate(long id) {
        PurchaseOrder order = entityManager.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new DocumentNotFoundException(DocumentType.PURCHASE_ORDER, id);
        }
        scope.requireVisible(DocumentType.PURCHASE_ORDER, id, order.getSupplier());
        return order;
    }

    /** Locks the row of an order already loaded and reads it again, for a change to its line counters. */
    public PurchaseOrder lock(PurchaseOrder order) {
        entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    public Optional<PurchaseOrder> findByNumber(String number) {
        return entityManager.createQuery("select o from PurchaseOrder o where o.number = :number", PurchaseOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Returns one page of the orders the caller may see, newest first. */
    public List<PurchaseOrder> list(int first, int size) {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("select o from PurchaseOrder o join fetch o.supplier where o.supplier.id = :supplierId order by o.id desc",
                            PurchaseOrder.class)
                    .setParameter("supplierId", supplierId.get())
                    .setFirstResult(first)
                    .setMaxResults(size)
                    .getResultList();
        }
        return entityManager.createQuery("select o from PurchaseOrder o join fetch o.supplier order by o.id desc", PurchaseOrder.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Counts the orders the caller may see. */
    public long count() {
        Optional<Long> supplierId = scope.restriction();
        if (supplierId.isPresent()) {
            return entityManager.createQuery("select count(o) from PurchaseOrder o where o.supplier.id = :supplierId", Long.class)
                    .setParameter("supplierId", supplierId.get())
                    .getSingleResult();
        }
        return entityManager.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult();
    }

    /** Returns one page of the orders that match the buyer's filters, in the order the search asks for. */
    @RolesAllowed({"buyer", "administrator"})
    public List<PurchaseOrder> search(OrderSearch search, int first, int size) {
        String direction = search.ascending() ? " asc" : " desc";
        String orderBy = switch (search.sort() == null ? OrderSearch.OrderSort.ISSUED_AT : search.sort()) {
            case NUMBER -> "o.number" + direction;
            case SUPPLIER -> "o.supplier.name" + direction + ", o.id desc";
            case STATUS -> "o.status" + direction + ", o.id desc";
            case ISSUED_AT -> "o.issuedAt" + direction + ", o.id" + direction;
        };
        TypedQuery<PurchaseOrder> query = entityManager.createQuery(
                "select o from PurchaseOrder o join fetch o.supplier" + where(search) + " order by " + orderBy, PurchaseOrder.class);
        bind(query, search);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Counts the orders that match the buyer's filters. */
    @RolesAllowed({"buyer", "administrator"})
    public long count(OrderSearch search) {
        TypedQuery<Long> query = entityManager.createQuery("select count(o) from PurchaseOrder o" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static String where(OrderSearch search) {
        List<String> conditions = new ArrayList<>();
        if (search.status() != null) {
            conditions.add("o.status = :status");
        }
        if (SearchText.isPresent(search.supplierName())) {
            conditions.add("lower(o.supplier.name) like :supplierName escape '!'");
        }
        if (SearchText.isPresent(search.number())) {
            conditions.add("lower(o.number) like :number escape '!'");
        }
        if (search.issuedFrom() != null) {
            conditions.add("o.issuedAt >= :issuedFrom");
        }
        if (search.issuedTo() != null) {
            conditions.add("o.issuedAt < :issuedBefore");
        }
        if (search.lateOnly()) {
            conditions.add("o.status not in :closed and exists (select l.id from PurchaseOrderLine l where l.purchaseOrder = o"
                    + " and l.confirmationStatus <> :rejectedLine and l.receivedQuantity < l.orderedQuantity"
                    + " and coalesce(l.confirmedDeliveryDate, l.requestedDeliveryDate) < :today)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, OrderSearch search) {
        ZoneId zone = ZoneId.systemDefault();
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (SearchText.isPresent(search.supplierName())) {
            query.setParameter("supplierName", SearchText.containing(search.supplierName()));
        }
        if (SearchText.isPresent(search.number())) {
            query.setParameter("number", SearchText.containing(search.number()));
        }
        if (search.issuedFrom() != null) {
            query.setParameter("issuedFrom", search.issuedFrom().atStartOfDay(zone).toInstant());
        }
        if (search.issuedTo() != null) {
            query.setParameter("issuedBefore", search.issuedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (search.lateOnly()) {
            query.setParameter("closed", List.of(PurchaseOrderStatus.CANCELLED, PurchaseOrderStatus.REJECTED, PurchaseOrderStatus.RECEIVED));
            query.setParameter("rejectedLine", LineConfirmationStatus.REJECTED);
            query.setParameter("today", LocalDate.now(zone));
        }
    }

    /** Returns the orders issued from any of these requisitions, by requisition and then by id, for a list of requisitions. */
    public List<PurchaseOrder> issuedFromAny(Collection<Long> requisitionIds) {
        if (requisitionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select o from PurchaseOrder o where o.requisitionId in :ids order by o.requisitionId, o.id",
                        PurchaseOrder.class)
                .setParameter("ids", requisitionIds)
                .getResultList();
    }

    public List<PurchaseOrder> issuedFrom(long requisitionId) {
        return entityManager.createQuery("select o from PurchaseOrder o where o.requisitionId = :id order by o.id", PurchaseOrder.class)
                .setParameter("id", requisitionId)
                .getResultList();
    }

    private void record(PurchaseOrder order, String action, String detail, String actor) {
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), action, actor, detail);
        orderChanged.fire(new PurchaseOrderChanged(order.getId()));
        LOG.info(() -> "Purchase order " + order.getNumber() + " " + action + ", now " + order.getStatus());
    }

    /** Describes the line confirmations in codes, the same in every language: "1 ACCEPTED 80 2027-01-15; 2 REJECTED". */
    private static String describe(List<LineConfirmation> confirmations) {
        StringBuilder detail = new StringBuilder();
        for (LineConfirmation confirmation : confirmations) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(confirmation.lineNumber()).append(confirmation.rejected() ? " REJECTED" : " ACCEPTED");
            if (!confirmation.rejected() && confirmation.quantity() != null) {
                detail.append(' ').append(confirmation.quantity().stripTrailingZeros().toPlainString());
            }
            if (!confirmation.rejected() && confirmation.deliveryDate() != null) {
                detail.append(' ').append(confirmation.deliveryDate());
            }
            if (!confirmation.rejected() && confirmation.unitPrice() != null) {
                detail.append(" price ").append(confirmation.unitPrice().stripTrailingZeros().toPlainString());
            }
        }
        return detail.toString();
    }
}
