package org.openprocure.fulfilment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.purchasing.LineConfirmation;
import org.openprocure.purchasing.LineConfirmationStatus;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;
import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shipping.ShippingNotice;
import org.openprocure.shipping.ShippingService;
import org.openprocure.supplier.Supplier;

/**
 * Applies the confirmations and shipments that a supplier's documents carry to that supplier's
 * orders. Callers have already established who the supplier is: the cXML endpoint from the Sender
 * credential, the UBL calls from the supplier user's token.
 */
@Stateless
@PermitAll
public class FulfilmentService {

    private static final Logger LOG = Logger.getLogger(FulfilmentService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private ShippingService shipping;

    /** Applies the confirmation to the supplier's order and returns a reference to the order, such as PURCHASE_ORDER 12. */
    public String confirm(Supplier supplier, OrderConfirmation confirmation, String actor) {
        PurchaseOrder order = lockedOrder(supplier, confirmation.orderNumber());
        if (confirmation.currency() != null && !confirmation.currency().equals(order.getCurrency())) {
            throw new InvalidInputException("error.inbound.currency", confirmation.currency(), order.getNumber(), order.getCurrency());
        }

        switch (confirmation.decision()) {
            case ACCEPT -> purchaseOrders.confirmAll(order, confirmation.note(), actor);
            case REJECT -> purchaseOrders.reject(order, confirmation.note(), actor);
            case BY_LINE -> purchaseOrders.confirmLines(order, confirmation.lines(), confirmation.note(), actor);
            case EXCEPT -> purchaseOrders.confirmLines(order, withOthersAccepted(order, confirmation.lines()), confirmation.note(), actor);
        }

        LOG.info(() -> "Confirmation " + confirmation.decision() + " of supplier " + supplier.getId() + " applied to order " + order.getNumber());
        return "PURCHASE_ORDER " + order.getId();
    }

    /**
     * Records one shipping notice per order that the shipment names, all under the shipment's number,
     * and returns a reference to them, such as SHIPPING_NOTICE 51,52.
     */
    public String ship(Supplier supplier, Shipment shipment, String actor) {
        Inputs.requireEntries(shipment.lines(), "lines");
        Map<String, List<ShippingService.ShippedLine>> byOrder = new LinkedHashMap<>();
        for (Shipment.Line line : shipment.lines()) {
            byOrder.computeIfAbsent(Inputs.requireText(line.orderNumber(), "orderNumber"), number -> new ArrayList<>())
                    .add(new ShippingService.ShippedLine(line.lineNumber(), line.quantity(), line.batch(), line.packageId()));
        }

        ShippingService.Carriage carriage = new ShippingService.Carriage(shipment.carrier(), shipment.trackingNumber());
        List<ShippingNotice> notices = new ArrayList<>();
        for (Map.Entry<String, List<ShippingService.ShippedLine>> entry : byOrder.entrySet()) {
            PurchaseOrder order = lockedOrder(supplier, entry.getKey());
            notices.add(shipping.record(order, shipment.number(), shipment.deliveryDate(), carriage, entry.getValue(), actor));
        }

        LOG.info(() -> "Shipment " + shipment.number() + " of supplier " + supplier.getId() + " recorded on " + notices.size() + " order(s)");
        return "SHIPPING_NOTICE " + notices.stream().map(notice -> String.valueOf(notice.getId())).collect(Collectors.joining(","));
    }

    /** Returns the line confirmations given, followed by an acceptance as ordered of every pending line they do not name. */
    private static List<LineConfirmation> withOthersAccepted(PurchaseOrder order, List<LineConfirmation> answers) {
        Set<String> named = answers.stream().map(LineConfirmation::lineNumber).collect(Collectors.toSet());
        List<LineConfirmation> all = new ArrayList<>(answers);
        for (PurchaseOrderLine line : order.getLines()) {
            if (!named.contains(line.getLineNumber()) && line.getConfirmationStatus() == LineConfirmationStatus.PENDING) {
                all.add(new LineConfirmation(line.getLineNumber(), false, null, null, null));
            }
        }
        return all;
    }

    /**
     * Returns the order with this number, locked, when it is addressed to the supplier. An order of
     * another supplier gets the same error as an unknown number, so its existence is not revealed.
     */
    private PurchaseOrder lockedOrder(Supplier supplier, String orderNumber) {
        String number = Inputs.requireText(orderNumber, "orderNumber");
        Long orderId = entityManager.createQuery("select o.id from PurchaseOrder o where o.number = :number and o.supplier.id = :supplierId",
                        Long.class)
                .setParameter("number", number)
                .setParameter("supplierId", supplier.getId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.inbound.unknownOrder", number));
        return purchaseOrders.getForUpdate(orderId);
    }
}
