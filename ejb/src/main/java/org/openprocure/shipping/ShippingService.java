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

    /** A quantity shipped against one order line, with the batch (lot) it comes from when the supplier tracks them. */
    public record ShippedLine(String lineNumber, BigDecimal quantity, String batch) {
    }

    @RolesAllowed({"supplier", "buyer"})
    public ShippingNotice notify(long orderId, String number, LocalDate deliveryDate, List<ShippedLine> lines) {
        Inputs.requireEntries(lines, "lines");
        PurchaseOrder order = purchaseOrders.getForUpdate(orderId);
        String actor = session.getCallerPrincipal().getName();
        ShippingNotice notice = new ShippingNotice(number, order, deliveryDate, actor);
        if (isKnown(orderId, notice.getNumber())) {
            throw new InvalidInputException("error.shipping.duplicateNumber", notice.getNumber(), order.getNumber());
        }
        Map<PurchaseOrderLine, BigDecimal> shipped = new LinkedHashMap<>();
        for (ShippedLine line : lines) {
            notice.addLine(line.lineNumber(), line.quantity(), line.batch());
            shipped.merge(order.line(line.lineNumber()), line.quantity(), BigDecimal::add);
        }

        order.ship(shipped);
        entityManager.persist(notice);
        auditTrail.record(DocumentType.SHIPPING_NOTICE, notice.getId(), "SENT", actor, order.getNumber());
        auditTrail.record(DocumentType.PURCHASE_ORDER, order.getId(), "SHIPPING_NOTICE_RECEIVED", actor, notice.getNumber());

        LOG.info(() -> "Shipping notice " + notice.getId() + " recorded for order " + order.getNumber());
        return notice;
    }

    private boolean isKnown(long orderId, String number) {
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
