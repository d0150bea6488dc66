package org.openprocure.punchout;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import org.openprocure.punchout.cxml.OrderRequestWriter.OrderType;
import org.openprocure.purchasing.PurchaseOrder;
import org.openprocure.purchasing.PurchaseOrderLine;
import org.openprocure.purchasing.PurchaseOrderService;

/**
 * Writes the cXML OrderRequest of a purchase order, with the identities of the supplier's punch-out
 * settings when it has them. The document a buyer reads leaves out the shared secret; the one
 * posted to the supplier carries it.
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

    @Inject
    private SecretCipher cipher;

    /** The identities an order channel sets for its cXML posts; a null one falls back to the punch-out settings. */
    public record ChannelCredentials(CxmlCredential from, CxmlCredential to, CxmlCredential sender) {
    }

    public String orderRequest(long orderId) {
        PurchaseOrder order = purchaseOrders.get(orderId);
        PunchOutSettings shop = entityManager.find(PunchOutSettings.class, order.getSupplier().getId());
        return OrderRequestWriter.write(document(order, shop, new ChannelCredentials(null, null, null)));
    }

    /**
     * Writes the OrderRequest to post to the supplier, still without the shared secret, which the
     * delivery adds when it posts. It runs for the delivery, which has no caller to check, so the
     * order is passed in already loaded.
     */
    @PermitAll
    public String deliveryRequest(PurchaseOrder order, OrderType type, ChannelCredentials channel) {
        PunchOutSettings shop = entityManager.find(PunchOutSettings.class, order.getSupplier().getId());
        return OrderRequestWriter.write(document(order, shop, channel), type, null);
    }

    /** Returns the shared secret of the supplier's punch-out settings in clear text, for an outbound post only, or null. */
    @PermitAll
    public String punchOutSharedSecret(long supplierId) {
        PunchOutSettings shop = entityManager.find(PunchOutSettings.class, supplierId);
        return shop == null ? null : shop.sharedSecret(cipher);
    }

    private OrderDocument document(PurchaseOrder order, PunchOutSettings shop, ChannelCredentials channel) {
        List<OrderItem> items = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            items.add(new OrderItem(line.getLineNumber(), line.getRequestedDeliveryDate(), new CartLine(line.getSupplierPartNumber(),
                    line.getSupplierPartAuxiliaryId(), line.getDescription(), line.getLongText(), line.getOrderedQuantity(), line.getUnitCode(),
                    line.getUnitPrice(), order.getCurrency(), line.getPriceBasisQuantity(), line.getClassificationDomain(), line.getCategory())));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CxmlCredential from = channel.from() != null ? channel.from()
                : shop == null ? new CxmlCredential("NetworkID", settings.companyName()) : new CxmlCredential(shop.getFromDomain(), shop.getFromIdentity());
        CxmlCredential to = channel.to() != null ? channel.to()
                : shop == null ? new CxmlCredential("OpenProcureSupplierCode", order.getSupplier().getCode())
                : new CxmlCredential(shop.getToDomain(), shop.getToIdentity());
        CxmlCredential sender = channel.sender() != null ? channel.sender()
                : shop == null ? from : new CxmlCredential(shop.getSenderDomain(), shop.getSenderIdentity());
        return new OrderDocument(order.getNumber() + "." + order.getRevision() + "." + now.toInstant().toEpochMilli() + "@openprocure",
                now, LANGUAGE, from, to, sender, order.getNumber(), order.getIssuedAt().atOffset(ZoneOffset.UTC), order.getRevision() + 1,
                order.getCurrency(), order.netTotal().amount(), settings.companyName(), items);
    }
}
