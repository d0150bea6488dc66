package org.openprocure.api;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openprocure.punchout.PunchOutService;
import org.openprocure.punchout.PunchOutStart;
import org.openprocure.punchout.PunchOutUser;
import org.openprocure.shared.InvalidInputException;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Starts a punch-out session for a client that is not a browser, such as a mobile app: the reply
 * gives the cXML start page or the OCI form to open. Browsers use the portal's /punch-out/start.
 */
@RequestScoped
@Transactional
@Path("punch-out/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PunchOutSessionResource {

    @Inject
    private PunchOutService punchOut;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uriInfo;

    public record StartRequest(Long supplierId, Long requisitionId, String costCentre) {
    }

    /** A started session. Its formFields contain the OCI catalog's own login, so the reply goes only to the requester. */
    public record StartView(long sessionId, String returnUrl, String protocol, String startPageUrl, String catalogUrl,
                            Map<String, String> formFields) {
    }

    @POST
    public Response start(StartRequest body) {
        if (body == null || body.supplierId() == null) {
            throw new InvalidInputException("error.missing", "supplierId");
        }
        PunchOutStart start = punchOut.start(body.supplierId(), body.requisitionId(), body.costCentre(), user(request), portalUrl());
        StartView view = new StartView(start.sessionId(), start.returnUrl(), start.protocol().name(), start.startPageUrl(), start.catalogUrl(),
                start.formFields());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    /** Returns the portal's address as the caller reached the API, whose context root is the portal's followed by /api. */
    private String portalUrl() {
        String api = uriInfo.getBaseUri().toString();
        String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        return base.endsWith("/api") ? base.substring(0, base.length() - "/api".length()) : base;
    }

    static PunchOutUser user(HttpServletRequest request) {
        String username = request.getUserPrincipal().getName();
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal && principal.getOidcSecurityContext() != null
                && principal.getOidcSecurityContext().getToken() != null) {
            var token = principal.getOidcSecurityContext().getToken();
            return new PunchOutUser(username, token.getEmail(), token.getGivenName(), token.getFamilyName());
        }
        return new PunchOutUser(username, null, null, null);
    }
}
