package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;

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

import org.openprocure.matching.MatchTolerance;
import org.openprocure.matching.MatchToleranceService;
import org.openprocure.matching.SupplierMatchTolerance;
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

    public record ToleranceRequest(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount) {
    }

    /** The tolerances in force; {@code agreed} is false when they are the company's defaults. */
    public record ToleranceView(boolean agreed, BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal priceAmount,
                                String updatedBy, Instant updatedAt) {

        static ToleranceView of(SupplierMatchTolerance tolerance) {
            return new ToleranceView(true, Figures.plain(tolerance.getQuantityPercent()), Figures.plain(tolerance.getPricePercent()),
                    Figures.plain(tolerance.getPriceAmount()), tolerance.getUpdatedBy(), tolerance.getUpdatedAt());
        }

        static ToleranceView ofDefault(MatchTolerance tolerance) {
            return new ToleranceView(false, tolerance.quantityPercent(), tolerance.pricePercent(), tolerance.priceAmount(), null, null);
        }
    }

    @GET
    public ToleranceView get(@PathParam("supplierId") long supplierId) {
        suppliers.get(supplierId);
        return tolerances.agreed(supplierId).map(ToleranceView::of).orElseGet(() -> ToleranceView.ofDefault(tolerances.companyDefault()));
    }

    @PUT
    public ToleranceView agree(@PathParam("supplierId") long supplierId, ToleranceRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return ToleranceView.of(tolerances.agree(supplierId, request.quantityPercent(), request.pricePercent(), request.priceAmount()));
    }

    @DELETE
    public Response removeAgreement(@PathParam("supplierId") long supplierId) {
        tolerances.removeAgreement(supplierId);
        return Response.noContent().build();
    }
}
