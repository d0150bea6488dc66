package org.openprocure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.outbound.OutboundDocuments;
import org.openprocure.receiving.ReceivingService;

/** Returns a goods receipt as the UBL 2.1 ReceiptAdvice that the UBL channel sends to the supplier. */
@RequestScoped
@Transactional
@Path("goods-receipts/{id}/ubl")
public class GoodsReceiptUblResource {

    @Inject
    private ReceivingService receiving;

    @Inject
    private OutboundDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public String receiptAdvice(@PathParam("id") long id) {
        return documents.receiptAdvice(receiving.get(id));
    }
}
