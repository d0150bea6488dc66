package org.openprocure.outbound;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openprocure.audit.AuditTrail;
import org.openprocure.punchout.SecretCipher;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierService;

/** Reads and sets the channel each supplier receives its purchase orders on. */
@Stateless
@RolesAllowed({"buyer", "administrator"})
public class OrderChannelService {

    private static final Logger LOG = Logger.getLogger(OrderChannelService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SupplierService suppliers;

    @Inject
    private SecretCipher cipher;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** Returns the supplier's channel; a supplier that never had one set gets PORTAL, which is not stored. */
    public SupplierOrderChannel get(long supplierId) {
        Supplier supplier = suppliers.get(supplierId);
        SupplierOrderChannel stored = entityManager.find(SupplierOrderChannel.class, supplier.getId());
        return stored == null ? new SupplierOrderChannel(supplier.getId()) : stored;
    }

    /** Checks and stores the supplier's channel; the orders issued afterwards go out on it. */
    public SupplierOrderChannel set(long supplierId, OrderChannelDraft draft) {
        Inputs.requirePresent(draft, "channel");
        Supplier supplier = suppliers.get(supplierId);
        SupplierOrderChannel channel = entityManager.find(SupplierOrderChannel.class, supplier.getId(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = channel == null;
        if (created) {
            channel = new SupplierOrderChannel(supplier.getId());
        }
        String actor = session.getCallerPrincipal().getName();

        channel.update(draft, cipher, actor);
        if (channel.getChannel() == OrderChannel.EMAIL && supplier.getContactEmail() == null) {
            throw new InvalidInputException("error.orderChannel.noContact", supplier.getName());
        }
        if (created) {
            entityManager.persist(channel);
        }
        // The detail names the channel and the URL only: the shared secret stays out of the trail.
        auditTrail.record(DocumentType.SUPPLIER, supplier.getId(), "ORDER_CHANNEL_SET", actor,
                channel.getChannel() + (channel.getEndpointUrl() == null ? "" : " " + channel.getEndpointUrl()));

        SupplierOrderChannel stored = channel;
        LOG.info(() -> "Supplier " + supplierId + " now receives its orders on channel " + stored.getChannel());
        return channel;
    }
}
