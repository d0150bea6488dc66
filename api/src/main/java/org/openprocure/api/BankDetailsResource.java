package org.openprocure.api;

import java.net.URI;
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

import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.BankDetailsChange;
import org.openprocure.supplier.BankDetailsService;

/**
 * Changes of a supplier's bank details, which take effect only after a second person approves them.
 * Responses show only the last four characters of an IBAN.
 */
@RequestScoped
@Transactional
@Path("suppliers/{supplierId}/bank-details-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankDetailsResource {

    @Inject
    private BankDetailsService bankDetails;

    @Context
    private UriInfo uriInfo;

    public record ChangeRequest(String iban, String bic, String accountHolder) {
    }

    public record RejectionRequest(String reason) {
    }

    public record ChangeView(long id, long supplierId, String ibanEnding, String bic, String accountHolder, String status,
            String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String rejectionReason) {

        static ChangeView of(BankDetailsChange change) {
            return new ChangeView(change.getId(), change.getSupplier().getId(), change.getIbanEnding(), change.getBic(),
                    change.getAccountHolder(), change.getStatus().name(), change.getRequestedBy(), change.getRequestedAt(),
                    change.getDecidedBy(), change.getDecidedAt(), change.getRejectionReason());
        }
    }

    @POST
    public Response request(@PathParam("supplierId") long supplierId, ChangeRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        BankDetailsChange change = bankDetails.request(supplierId, request.iban(), request.bic(), request.accountHolder());
        URI location = uriInfo.getBaseUriBuilder().path(BankDetailsResource.class).path(Long.toString(change.getId())).build(supplierId);
        return Response.created(location).entity(ChangeView.of(change)).build();
    }

    @GET
    public List<ChangeView> list(@PathParam("supplierId") long supplierId, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return bankDetails.list(supplierId, paging.first(), paging.size()).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("{changeId}")
    public ChangeView get(@PathParam("supplierId") long supplierId, @PathParam("changeId") long changeId) {
        return ChangeView.of(bankDetails.get(supplierId, changeId));
    }

    /** Approves the change, which replaces the supplier's bank details. The requester cannot approve their own request. */
    @POST
    @Path("{changeId}/approval")
    public ChangeView approve(@PathParam("supplierId") long supplierId, @PathParam("changeId") long changeId) {
        return ChangeView.of(bankDetails.approve(supplierId, changeId));
    }

    @POST
    @Path("{changeId}/rejection")
    public ChangeView reject(@PathParam("supplierId") long supplierId, @PathParam("changeId") long changeId, RejectionRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return ChangeView.of(bankDetails.reject(supplierId, changeId, request.reason()));
    }
}
