package org.openprocure.api;

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

import org.openprocure.matching.CategoryMatchTolerance;
import org.openprocure.matching.MatchToleranceService;
import org.openprocure.matching.ToleranceDraft;
import org.openprocure.shared.InvalidInputException;

/**
 * The match tolerances of purchase categories, which apply to order lines of the category when
 * the supplier has agreed none.
 */
@RequestScoped
@Transactional
@Path("match-tolerances/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryToleranceResource {

    @Inject
    private MatchToleranceService tolerances;

    /** The tolerances of one purchase category. */
    public record CategoryToleranceView(String category, ToleranceView tolerance) {
    }

    @GET
    public List<CategoryToleranceView> list() {
        return tolerances.listCategories().stream().map(this::view).toList();
    }

    @GET
    @Path("{category}")
    public CategoryToleranceView get(@PathParam("category") String category) {
        return view(tolerances.getForCategory(category));
    }

    @PUT
    @Path("{category}")
    public CategoryToleranceView set(@PathParam("category") String category, ToleranceDraft request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return view(tolerances.setForCategory(category, request));
    }

    @DELETE
    @Path("{category}")
    public Response remove(@PathParam("category") String category) {
        tolerances.removeForCategory(category);
        return Response.noContent().build();
    }

    private CategoryToleranceView view(CategoryMatchTolerance tolerance) {
        return new CategoryToleranceView(tolerance.getCategory(), ToleranceView.of(true,
                tolerance.getValues().toTolerance(tolerances.companyDefault()), tolerance.getUpdatedBy(), tolerance.getUpdatedAt()));
    }
}
