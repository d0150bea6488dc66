package org.openprocure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.openprocure.matching.MatchToleranceService;
import org.openprocure.matching.SupplierMatchTolerance;
import org.openprocure.matching.ToleranceDraft;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.SupplierService;

/** The match tolerances of one supplier: agreed ones, or the company's defaults when none are. */
@RequestScoped
@Transactional
@Path("suppliers/{supplierId}/match-tolerance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchToleranceResource {

    @Inject
    private MatchToleranceService tolerances;

    @Inject
    private SupplierService suppliers;

    @GET
    public ToleranceView get(@PathParam("supplierId") long supplierId) {
        suppliers.get(supplierId);
        return tolerances.agreed(supplierId).map(this::view)
                .orElseGet(() -> ToleranceView.of(false, tolerances.companyDefault(), null, null));
    }

    @PUT
    public ToleranceView agree(@PathParam("supplierId") long supplierId, ToleranceDraft request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return view(tolerances.agree(supplierId, request));
    }

    @DELETE
    public Response removeAgreement(@PathParam("supplierId") long supplierId) {
        tolerances.removeAgreement(supplierId);
        return Response.noContent().build();
    }

    private ToleranceView view(SupplierMatchTolerance agreement) {
        return ToleranceView.of(true, agreement.getValues().toTolerance(tolerances.companyDefault()), agreement.getUpdatedBy(),
                agreement.getUpdatedAt());
    }
}
