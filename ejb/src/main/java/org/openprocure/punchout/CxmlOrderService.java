package org.openprocure.punchout;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.platform.Settings;
import org.openprocure.punchout.cxml.CxmlCredential;
import org.openprocure.punchout.cxml.OrderRequestWriter;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderDocument;
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderItem;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;

/**
 * Writes the cXML OrderRequest of a purchase order, with the identities of the supplier's punch-out
 * settings when it has them. The document leaves out the shared secret, because buyers read it.
 */
@Stateless
@RolesAllowed({"buyer", "administrator"})
public class CxmlOrderService {

    private static final String LANGUAGE = "fr-FR";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PurchaseOrderService purchaseOrders;

    @Inject
    private Settings settings;

    public String orderRequest(long orderId) {
        PurchaseOrder order = purchaseOrders.get(orderId);
        PunchOutSettings shop = entityManager.find(PunchOutSettings.class, order.getSupplier().getId());

        List<OrderItem> items = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            items.add(new OrderItem(line.getLineNumber(), line.getRequestedDeliveryDate(), new CartLine(line.getSupplierPartNumber(),
                    line.getSupplierPartAuxiliaryId(), line.getDescription(), line.getLongText(), line.getOrderedQuantity(), line.getUnitCode(),
                    line.getUnitPrice(), order.getCurrency(), line.getPriceBasisQuantity(), line.getClassificationDomain(), line.getCategory())));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CxmlCredential from = shop == null ? new CxmlCredential("NetworkID", settings.companyName())
                : new CxmlCredential(shop.getFromDomain(), shop.getFromIdentity());
        CxmlCredential to = shop == null ? new CxmlCredential("OpenProcureSupplierCode", order.getSupplier().getCode())
                : new CxmlCredential(shop.getToDomain(), shop.getToIdentity());
        CxmlCredential sender = shop == null ? from : new CxmlCredential(shop.getSenderDomain(), shop.getSenderIdentity());
        OrderDocument document = new OrderDocument(order.getNumber() + "." + order.getRevision() + "." + now.toInstant().toEpochMilli() + "@openprocure",
                now, LANGUAGE, from, to, sender, order.getNumber(), order.getIssuedAt().atOffset(ZoneOffset.UTC), order.getRevision() + 1,
                order.getCurrency(), order.netTotal().amount(), settings.companyName(), items);
        return OrderRequestWriter.write(document);
    }
}
