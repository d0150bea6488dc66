package org.openprocure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.purchasing.PurchaseOrderService;

/** Cancels an order at a buyer's request, and sends the cancellation to the supplier on its order channel. */
@RequestScoped
@Transactional
@Path("purchase-orders/{id}/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderCancellationResource {

    @Inject
    private PurchaseOrderService purchaseOrders;

    public record CancellationRequest(String reason) {
    }

    @POST
    public PurchaseOrderResource.OrderView cancel(@PathParam("id") long orderId, CancellationRequest request) {
        return PurchaseOrderResource.OrderView.of(purchaseOrders.cancel(orderId, request == null ? null : request.reason()));
    }
}
