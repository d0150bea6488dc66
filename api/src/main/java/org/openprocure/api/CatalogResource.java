package org.openprocure.api;

import java.math.BigDecimal;
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

import org.openprocure.catalog.CatalogItem;
import org.openprocure.catalog.CatalogService;
import org.openprocure.shared.InvalidInputException;

@RequestScoped
@Transactional
@Path("catalog/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    private CatalogService catalog;

    @Context
    private UriInfo uriInfo;

    public record CatalogItemRequest(Long supplierId, String supplierPartNumber, String description, BigDecimal unitPrice,
                                     String currency, BigDecimal priceBasisQuantity, String unitCode, String category) {
    }

    public record CatalogItemView(long id, long supplierId, String supplierName, String supplierPartNumber, String description,
                                  BigDecimal unitPrice, String currency, BigDecimal priceBasisQuantity, String unitCode,
                                  String category, Long catalogVersionId, Integer leadTimeDays) {

        static CatalogItemView of(CatalogItem item) {
            return new CatalogItemView(item.getId(), item.getSupplier().getId(), item.getSupplier().getName(),
                    item.getSupplierPartNumber(), item.getDescription(), item.getPrice().amount(), item.getPrice().currency(),
                    item.getPriceBasisQuantity(), item.getUnitCode(), item.getCategory(),
                    item.getCatalogVersion() == null ? null : item.getCatalogVersion().getId(), item.getLeadTimeDays());
        }
    }

    @POST
    public Response add(CatalogItemRequest request) {
        if (request == null || request.supplierId() == null) {
            throw new InvalidInputException("error.missing", "supplierId");
        }
        CatalogItem item = catalog.add(request.supplierId(), request.supplierPartNumber(), request.description(),
                request.unitPrice(), request.currency(), request.priceBasisQuantity(), request.unitCode(), request.category());
        return Created.at(uriInfo, CatalogResource.class, item.getId(), CatalogItemView.of(item));
    }

    @GET
    public List<CatalogItemView> search(@QueryParam("q") String text, @QueryParam("category") String category,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return catalog.search(text, category, paging.page(), paging.size()).stream().map(CatalogItemView::of).toList();
    }

    @GET
    @Path("{id}")
    public CatalogItemView get(@PathParam("id") long id) {
        return CatalogItemView.of(catalog.get(id));
    }
}
