package org.openprocure.api;

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
import org.openprocure.supplier.Supplier;
import org.openprocure.supplier.SupplierDraft;
import org.openprocure.supplier.SupplierService;

@RequestScoped
@Transactional
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {

    @Inject
    private SupplierService suppliers;

    @Context
    private UriInfo uriInfo;

    public record SupplierView(long id, String code, String name, String vatId, String countryCode, String contactEmail,
            String contactLanguage) {

        static SupplierView of(Supplier supplier) {
            return new SupplierView(supplier.getId(), supplier.getCode(), supplier.getName(), supplier.getVatId(), supplier.getCountryCode(),
                    supplier.getContactEmail(), supplier.getContactLanguage());
        }
    }

    @POST
    public Response register(SupplierDraft request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        Supplier supplier = suppliers.register(request);
        return Created.at(uriInfo, SupplierResource.class, supplier.getId(), SupplierView.of(supplier));
    }

    @GET
    public List<SupplierView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return suppliers.list(paging.page(), paging.size()).stream().map(SupplierView::of).toList();
    }

    @GET
    @Path("{id}")
    public SupplierView get(@PathParam("id") long id) {
        return SupplierView.of(suppliers.get(id));
    }
}
