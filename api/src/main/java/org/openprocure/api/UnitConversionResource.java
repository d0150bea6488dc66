package org.openprocure.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

import org.openprocure.purchasing.SupplierUnitConversion;
import org.openprocure.purchasing.UnitConversionService;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.supplier.SupplierService;

/** The unit factors agreed with one supplier, such as 1 BX = 12 C62, which the match uses to convert quantities. */
@RequestScoped
@Transactional
@Path("suppliers/{supplierId}/unit-conversions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitConversionResource {

    @Inject
    private UnitConversionService conversions;

    @Inject
    private SupplierService suppliers;

    /** The body of PUT: how many toUnit one fromUnit holds. */
    public record FactorRequest(BigDecimal factor) {
    }

    public record ConversionView(String fromUnit, String toUnit, BigDecimal factor, String updatedBy, Instant updatedAt) {

        static ConversionView of(SupplierUnitConversion conversion) {
            return new ConversionView(conversion.getFromUnit(), conversion.getToUnit(), Figures.plain(conversion.getFactor()),
                    conversion.getUpdatedBy(), conversion.getUpdatedAt());
        }
    }

    @GET
    public List<ConversionView> list(@PathParam("supplierId") long supplierId) {
        suppliers.get(supplierId);
        return conversions.agreed(supplierId).stream().map(ConversionView::of).toList();
    }

    @PUT
    @Path("{fromUnit}/{toUnit}")
    public ConversionView agree(@PathParam("supplierId") long supplierId, @PathParam("fromUnit") String fromUnit,
                                @PathParam("toUnit") String toUnit, FactorRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "factor");
        }
        return ConversionView.of(conversions.agree(supplierId, fromUnit, toUnit, request.factor()));
    }

    @DELETE
    @Path("{fromUnit}/{toUnit}")
    public Response remove(@PathParam("supplierId") long supplierId, @PathParam("fromUnit") String fromUnit,
                           @PathParam("toUnit") String toUnit) {
        conversions.remove(supplierId, fromUnit, toUnit);
        return Response.noContent().build();
    }
}
