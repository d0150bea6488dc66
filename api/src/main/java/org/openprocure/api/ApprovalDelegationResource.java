package org.openprocure.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import org.openprocure.approval.ApprovalDelegation;
import org.openprocure.approval.DelegationDraft;
import org.openprocure.approval.DelegationService;

/** Delegations of approval while an approver is away: users write their own, administrators anyone's. */
@RequestScoped
@Transactional
@Path("approval-delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalDelegationResource {

    @Inject
    private DelegationService delegations;

    @Context
    private UriInfo uriInfo;

    public record DelegationView(long id, String delegator, String delegate, LocalDate firstDay, LocalDate lastDay, String createdBy,
                                 OffsetDateTime createdAt, String cancelledBy, OffsetDateTime cancelledAt) {

        static DelegationView of(ApprovalDelegation delegation) {
            return new DelegationView(delegation.getId(), delegation.getDelegator(), delegation.getDelegate(), delegation.getFirstDay(),
                    delegation.getLastDay(), delegation.getCreatedBy(), delegation.getCreatedAt(), delegation.getCancelledBy(),
                    delegation.getCancelledAt());
        }
    }

    @POST
    public Response create(DelegationDraft draft) {
        ApprovalDelegation delegation = delegations.create(draft);
        return Created.at(uriInfo, ApprovalDelegationResource.class, delegation.getId(), DelegationView.of(delegation));
    }

    @GET
    public List<DelegationView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return delegations.list(paging.first(), paging.size()).stream().map(DelegationView::of).toList();
    }

    /** Ends the delegation at once; it stays listed with who cancelled it and when. */
    @POST
    @Path("{id}/cancel")
    public DelegationView cancel(@PathParam("id") long id) {
        return DelegationView.of(delegations.cancel(id));
    }
}
