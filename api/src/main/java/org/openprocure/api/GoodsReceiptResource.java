package org.openprocure.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.audit.AuditTrail;
import org.openprocure.receiving.ReceivingService;
import org.openprocure.shared.DocumentType;

/** Goods receipts are posted under their order; this resource reads them. */
@RequestScoped
@Transactional
@Path("goods-receipts")
@Produces(MediaType.APPLICATION_JSON)
public class GoodsReceiptResource {

    @Inject
    private ReceivingService receiving;

    @Inject
    private AuditTrail auditTrail;

    @GET
    @Path("{id}")
    public PurchaseOrderResource.GoodsReceiptView get(@PathParam("id") long id) {
        return PurchaseOrderResource.GoodsReceiptView.of(receiving.get(id));
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        receiving.get(id);
        return TimelineEntry.of(auditTrail.timeline(DocumentType.GOODS_RECEIPT, id));
    }
}
