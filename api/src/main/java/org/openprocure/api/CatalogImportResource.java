package org.openprocure.api;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.catalog.CatalogImportError;
import org.openprocure.catalog.CatalogImportMode;
import org.openprocure.catalog.CatalogImports;
import org.openprocure.catalog.CatalogVersion;
import org.openprocure.shared.InvalidInputException;

/**
 * Catalog imports: the file is the request body as it is (CSV, .xlsx or CIF 3.0, recognised from its
 * content), the options are query parameters. The import runs in the background; its version
 * reports its progress and its errors. This resource has no transaction of its own, so the new
 * version is committed before the background import looks for it.
 */
@RequestScoped
@Path("catalog/imports")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogImportResource {

    @EJB
    private CatalogImports imports;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    public record CatalogVersionView(long id, long supplierId, int number, String status, String mode, String format, String charset,
                                     String fileName, long fileSize, int percentDone, LocalDate validFrom, LocalDate validTo,
                                     LocalDate supersededFrom, int rowsRead, int rowsAccepted, int rowsRefused, int errorCount, String importedBy,
                                     Instant startedAt, Instant finishedAt) {

        static CatalogVersionView of(CatalogVersion version) {
            return new CatalogVersionView(version.getId(), version.getSupplier().getId(), version.getNumber(), version.getStatus().name(),
                    version.getMode().name(), version.getFormat() == null ? null : version.getFormat().name(), version.getCharset(),
                    version.getFileName(), version.getFileSize(), version.getPercentDone(), version.getValidFrom(), version.getValidTo(),
                    version.getSupersededFrom(), version.getRowsRead(), version.getRowsAccepted(), version.getRowsRefused(), version.getErrorCount(),
                    version.getImportedBy(), version.getStartedAt(), version.getFinishedAt());
        }
    }

    /** One error of an import, with its message in the caller's language. */
    public record ImportErrorView(long row, String column, String value, String message, String fix) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(@QueryParam("supplierId") Long supplierId, @QueryParam("mode") String mode,
                          @QueryParam("validFrom") String validFrom, @QueryParam("validTo") String validTo,
                          @QueryParam("fileName") String fileName, InputStream body) {
        if (supplierId == null) {
            throw new InvalidInputException("error.missing", "supplierId");
        }
        CatalogImportMode importMode = mode(mode);
        LocalDate from = date("validFrom", validFrom);
        LocalDate to = date("validTo", validTo);

        CatalogVersion version = imports.start(supplierId, importMode, fileName, body, from, to);
        return Response.accepted(CatalogVersionView.of(version))
                .location(uriInfo.getBaseUriBuilder().path(CatalogImportResource.class).path(Long.toString(version.getId())).build())
                .build();
    }

    @GET
    public List<CatalogVersionView> versions(@QueryParam("supplierId") Long supplierId, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        if (supplierId == null) {
            throw new InvalidInputException("error.missing", "supplierId");
        }
        Paging paging = Paging.of(page, size);
        return imports.versions(supplierId, paging.page(), paging.size()).stream().map(CatalogVersionView::of).toList();
    }

    @GET
    @Path("{id}")
    public CatalogVersionView get(@PathParam("id") long id) {
        return CatalogVersionView.of(imports.get(id));
    }

    @GET
    @Path("{id}/errors")
    public List<ImportErrorView> errors(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Locale locale = Languages.of(headers);
        return imports.errors(id, paging.page(), paging.size()).stream()
                .map(error -> view(error, locale))
                .toList();
    }

    private static ImportErrorView view(CatalogImportError error, Locale locale) {
        return new ImportErrorView(error.getRowNumber(), error.getColumnName(), error.getCellValue(), error.message(locale),
                error.fix(locale));
    }

    private static CatalogImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return CatalogImportMode.REFUSE_WHOLE_FILE;
        }
        try {
            return CatalogImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.catalogImport.mode", mode);
        }
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.catalogImport.date", parameter, value);
        }
    }
}
