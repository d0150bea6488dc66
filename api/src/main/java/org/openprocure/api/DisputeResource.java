package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.openprocure.invoicing.DisputeDraft;
import org.openprocure.invoicing.DisputeOutcome;
import org.openprocure.invoicing.DisputeService;
import org.openprocure.invoicing.InvoiceDispute;
import org.openprocure.shared.InvalidInputException;

/** Disputes (litiges) of accounts payable with the supplier over one invoice. */
@RequestScoped
@Transactional
@Path("invoices/{invoiceId}/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    private DisputeService disputes;

    public record Resolution(DisputeOutcome outcome, String note) {
    }

    public record DisputeView(long id, long invoiceId, String reason, String description, String disputedLines, BigDecimal disputedAmount,
                              LocalDate deadline, String status, String outcome, String resolutionNote, String openedBy, Instant openedAt,
                              String resolvedBy, Instant resolvedAt) {

        static DisputeView of(InvoiceDispute dispute) {
            return new DisputeView(dispute.getId(), dispute.getInvoice().getId(), dispute.getReason().name(), dispute.getDescription(),
                    dispute.getDisputedLines(), dispute.getDisputedAmount(), dispute.getDeadline(), dispute.getStatus().name(),
                    dispute.getOutcome() == null ? null : dispute.getOutcome().name(), dispute.getResolutionNote(), dispute.getOpenedBy(),
                    dispute.getOpenedAt(), dispute.getResolvedBy(), dispute.getResolvedAt());
        }
    }

    @GET
    public List<DisputeView> list(@PathParam("invoiceId") long invoiceId) {
        return disputes.forInvoice(invoiceId).stream().map(DisputeView::of).toList();
    }

    @POST
    public Response open(@PathParam("invoiceId") long invoiceId, DisputeDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        InvoiceDispute dispute = disputes.open(invoiceId, draft);
        return Response.created(UriBuilder.fromResource(DisputeResource.class).path(Long.toString(dispute.getId())).build(invoiceId))
                .entity(DisputeView.of(dispute))
                .build();
    }

    @POST
    @Path("{disputeId}/resolution")
    public DisputeView resolve(@PathParam("invoiceId") long invoiceId, @PathParam("disputeId") long disputeId, Resolution resolution) {
        if (resolution == null) {
            throw new InvalidInputException("error.missing", "outcome");
        }
        return DisputeView.of(disputes.resolve(invoiceId, disputeId, resolution.outcome(), resolution.note()));
    }
}
