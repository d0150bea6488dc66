package org.openprocure.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.costcentre.CostCentre;
import org.openprocure.costcentre.CostCentreDraft;
import org.openprocure.costcentre.CostCentreService;
import org.openprocure.shared.InvalidInputException;

/** The cost centres and their owners: administrators and the ERP write them, staff read them. */
@RequestScoped
@Transactional
@Path("cost-centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostCentreResource {

    @Inject
    private CostCentreService costCentres;

    /** The body of PUT /cost-centres/{code}; the code comes from the path. */
    public record CostCentreRequest(String name, String owner, Boolean active) {
    }

    public record CostCentreView(String code, String name, String owner, boolean active, String updatedBy, OffsetDateTime updatedAt) {

        static CostCentreView of(CostCentre costCentre) {
            return new CostCentreView(costCentre.getCode(), costCentre.getName(), costCentre.getOwner(), costCentre.isActive(),
                    costCentre.getUpdatedBy(), costCentre.getUpdatedAt());
        }
    }

    public record ImportResult(int imported) {
    }

    @GET
    public List<CostCentreView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return costCentres.list(paging.page(), paging.size()).stream().map(CostCentreView::of).toList();
    }

    @GET
    @Path("{code}")
    public CostCentreView get(@PathParam("code") String code) {
        return CostCentreView.of(costCentres.get(code));
    }

    @PUT
    @Path("{code}")
    public CostCentreView save(@PathParam("code") String code, CostCentreRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return CostCentreView.of(costCentres.save(code, new CostCentreDraft(code, request.name(), request.owner(), request.active())));
    }

    /** Creates or replaces the cost centres the ERP sends as a JSON array, all or none. */
    @POST
    @Path("import")
    public ImportResult importFromErp(List<CostCentreDraft> drafts) {
        return new ImportResult(costCentres.importFromErp(drafts).size());
    }
}
