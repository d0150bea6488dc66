package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.aftersales.ReturnClaim;
import org.openprocure.aftersales.ReturnDraft;
import org.openprocure.aftersales.ReturnService;
import org.openprocure.audit.AuditTrail;
import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/** After-sales returns and claims on received goods, with the credit note or replacement expected for them. */
@RequestScoped
@Transactional
@Path("returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnResource {

    @Inject
    private ReturnService returns;

    @Inject
    private AuditTrail auditTrail;

    @Context
    private UriInfo uriInfo;

    /** The body of POST /returns/{id}/cancellation. */
    public record Cancellation(String note) {
    }

    public record ReturnView(long id, String number, String status, long purchaseOrderId, String orderNumber, String orderLineNumber,
                             long goodsReceiptId, String goodsReceiptNumber, Long invoiceId, String invoiceNumber, String invoiceLineId,
                             String reason, String comment, BigDecimal quantity, String unitCode, String remedy,
                             BigDecimal expectedCreditAmount, String currency, BigDecimal settledQuantity, String createdBy,
                             Instant createdAt, Instant settledAt, String cancelledBy, Instant cancelledAt, String cancellationNote) {

        static ReturnView of(ReturnClaim claim) {
            boolean billed = claim.getInvoice() != null;
            return new ReturnView(claim.getId(), claim.getNumber(), claim.getStatus().name(), claim.getPurchaseOrder().getId(),
                    claim.getPurchaseOrder().getNumber(), claim.getOrderLine().getLineNumber(), claim.getReceiptLine().getReceipt().getId(),
                    claim.getReceiptLine().getReceipt().getNumber(), billed ? claim.getInvoice().getId() : null,
                    billed ? claim.getInvoice().getNumber() : null, billed ? claim.getInvoiceLine().getLineId() : null,
                    claim.getReason().name(), claim.getComment(), Figures.plain(claim.getQuantity()), claim.getUnitCode(),
                    claim.getRemedy().name(), Figures.amount(claim.getExpectedCreditAmount()), claim.getCurrency(),
                    Figures.plain(claim.getSettledQuantity()), claim.getCreatedBy(), claim.getCreatedAt(), claim.getSettledAt(),
                    claim.getCancelledBy(), claim.getCancelledAt(), claim.getCancellationNote());
        }
    }

    @POST
    public Response post(ReturnDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("error.missing", "goodsReceiptId");
        }
        ReturnClaim claim = returns.post(draft);
        return Created.at(uriInfo, ReturnResource.class, claim.getId(), ReturnView.of(claim));
    }

    /** Returns one page of returns, newest first, of one order when {@code orderId} is given. */
    @GET
    public List<ReturnView> list(@QueryParam("orderId") String orderId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return returns.list(orderId(orderId), paging.first(), paging.size()).stream().map(ReturnView::of).toList();
    }

    @GET
    @Path("{id}")
    public ReturnView get(@PathParam("id") long id) {
        return ReturnView.of(returns.get(id));
    }

    @POST
    @Path("{id}/cancellation")
    public ReturnView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return ReturnView.of(returns.cancel(id, cancellation == null ? null : cancellation.note()));
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        returns.get(id);
        return TimelineEntry.of(auditTrail.timeline(DocumentType.RETURN_CLAIM, id));
    }

    /** Reads the optional order id, so a value that is not a whole number gets a 400 that names it. */
    private static Long orderId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.paging.notNumber", "orderId", value);
        }
    }
}
