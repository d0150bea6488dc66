package org.openprocure.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.ledger.GlAccount;
import org.openprocure.ledger.GlAccountDraft;
import org.openprocure.ledger.GlAccountService;
import org.openprocure.shared.InvalidInputException;

/** The general-ledger accounts: the ERP sends them (see /master-data), staff read them. */
@RequestScoped
@Transactional
@Path("gl-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GlAccountResource {

    @Inject
    private GlAccountService glAccounts;

    /** The body of PUT /gl-accounts/{code}; the code comes from the path. */
    public record GlAccountRequest(String label, Boolean active) {
    }

    public record GlAccountView(String code, String label, boolean active, String updatedBy, OffsetDateTime updatedAt) {

        static GlAccountView of(GlAccount account) {
            return new GlAccountView(account.getCode(), account.getLabel(), account.isActive(), account.getUpdatedBy(), account.getUpdatedAt());
        }
    }

    @GET
    public List<GlAccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return glAccounts.list(paging.first(), paging.size()).stream().map(GlAccountView::of).toList();
    }

    @GET
    @Path("{code}")
    public GlAccountView get(@PathParam("code") String code) {
        return GlAccountView.of(glAccounts.get(code));
    }

    @PUT
    @Path("{code}")
    public GlAccountView save(@PathParam("code") String code, GlAccountRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return GlAccountView.of(glAccounts.save(code, new GlAccountDraft(code, request.label(), request.active())));
    }
}
