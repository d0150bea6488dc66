package org.openprocure.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/** Records the supplier's shipping notices and counts the shipped quantities on the order lines. */
@Stateless
@PermitAll
public class ShippingService {

    private static final Logger LOG = Logger.getLogger(ShippingService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /**
     * A quantity shipped against one order line, with the batch (lot) it comes from when the supplier
     * tracks them, and the package it travels in, each nullable.
     */
    public record ShippedLine(String lineNumber, BigDecimal quantity, String batch, String packageId) {
    }

    /** The carrier of a shipment and its tracking number, each nullable. */
    public record Carriage(String carrier, String trackingNumber) {

        public static final Carriage UNKNOWN = new Carriage(null, null);
    }

    @RolesAllowed({"supplier", "buyer"})
    public ShippingNotice notify(long orderId, String number, LocalDate deliveryDate, Carriage carriage, List<ShippedLine> lines) {
        Inputs.requireEntries(lines, "lines");
        PurchaseOrder order = purchaseOrders.getForUpdate(orderId);
        return record(order, number, deliveryDate, carriage, lines, session.getCallerPrincipal().getName());
    }

    /**
     * Records a notice against an order already locked with {@link PurchaseOrderService#getForUpdate}
     * or {@link PurchaseOrderService#lock}. The caller has already checked that the sender may ship
     * against this order, as the cXML endpoint does after authenticating the supplier.
     */
    public ShippingNotice record(PurchaseOrder order, String number, LocalDate deliveryDate, Carriage carriage,
                                 List<ShippedLine> lines, String actor) {
        Inputs.requireEntries(lines, "lines");
        Carriage checkedCarriage = carriage == null ? Carriage.UNKNOWN : carriage;
        ShippingNotice notice = new ShippingNotice(number, order, deliveryDate, checkedCarriage.carrier(),
                checkedCarriage.trackingNumber(), actor);
        if (isKnown(order.getId(), notice.getNumber())) {
            throw new InvalidInputException("error.shipping.duplicateNumber", notice.getNumber(), order.getNumber());
        }
        Map<PurchaseOrderLine, BigDecimal> shipped = new LinkedHashMap<>();
        for (ShippedLine line : lines) {
            notice.addLine(line.lineNumber(), line.quantity(), line.batch(), line.packageId());
            shipped.merge(order.line(line.lineNumber()), line.quantity(), BigDecimal::add);
        }

        order.ship(shipped);
        entityManager.persist(notice);
        auditTrail.record(DocumentType.SHIPPING_NOTICE, notice.getId(), "SENT", actor, order.getNumber());
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "SHIPPING_NOTICE_RECEIVED", actor, notice.getNumber());

        LOG.info(() -> "Shipping notice " + notice.getId() + " recorded for order " + order.getNumber());
        return notice;
    }

    private boolean isKnown(Long orderId, String number) {
        return !entityManager.createQuery("select n.id from ShippingNotice n where n.purchaseOrder.id = :id and n.number = :number", Long.class)
                .setParameter("id", orderId)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<ShippingNotice> forOrder(long orderId) {
        return entityManager.createQuery("select n from ShippingNotice n where n.purchaseOrder.id = :id order by n.id", ShippingNotice.class)
                .setParameter("id", orderId)
                .getResultList();
    }
}
