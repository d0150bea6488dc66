package org.openprocure.api;

import java.math.BigDecimal;
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

import org.openprocure.shared.InvalidInputException;
import org.openprocure.user.PersonalDataErasureService;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountDraft;
import org.openprocure.user.UserAccountService;

/** The product's user records, for administrators and the ERP: approval limits and preferred languages. */
@RequestScoped
@Transactional
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private UserAccountService users;

    @Inject
    private PersonalDataErasureService erasure;

    /** The body of PUT /users/{username}; the user name comes from the path. */
    public record UserRequest(String displayName, String email, String preferredLanguage, BigDecimal approvalLimit,
            String approvalCurrency) {
    }

    public record UserView(String username, String displayName, String email, String preferredLanguage, BigDecimal approvalLimit,
            String approvalCurrency, String source, String updatedBy, OffsetDateTime updatedAt) {

        static UserView of(UserAccount account) {
            return new UserView(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getPreferredLanguage(),
                    account.getApprovalLimit(), account.getApprovalCurrency(), account.getSource().name(), account.getUpdatedBy(),
                    account.getUpdatedAt());
        }
    }

    public record ImportResult(int imported) {
    }

    @GET
    public List<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return users.list(paging.page(), paging.size()).stream().map(UserView::of).toList();
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return UserView.of(users.get(username));
    }

    @PUT
    @Path("{username}")
    public UserView save(@PathParam("username") String username, UserRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "body");
        }
        return UserView.of(users.save(new UserAccountDraft(username, request.displayName(), request.email(), request.preferredLanguage(),
                request.approvalLimit(), request.approvalCurrency())));
    }

    /**
     * Erases the user's personal data: the user name becomes a pseudonym everywhere, the display
     * name and e-mail address are removed. Administrators only; the audit trail keeps every entry.
     */
    @POST
    @Path("{username}/erasure")
    public PersonalDataErasureService.Erasure erase(@PathParam("username") String username) {
        return erasure.erase(username);
    }

    /** Creates or replaces the records the ERP sends as a JSON array, all or none. */
    @POST
    @Path("import")
    public ImportResult importFromErp(List<UserAccountDraft> drafts) {
        return new ImportResult(users.importFromErp(drafts).size());
    }
}
