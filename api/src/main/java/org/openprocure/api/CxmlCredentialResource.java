package org.openprocure.api;

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

import org.openprocure.fulfilment.CxmlCredentialService;
import org.openprocure.fulfilment.SupplierCxmlCredential;
import org.openprocure.shared.InvalidInputException;

/**
 * The credential a supplier's system sends in the Sender of the cXML it posts to /cxml. GET never
 * returns the shared secret; a PUT without sharedSecret keeps the stored one.
 */
@RequestScoped
@Transactional
@Path("suppliers/{id}/cxml-credential")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CxmlCredentialResource {

    @Inject
    private CxmlCredentialService credentials;

    /** The body of PUT: the Sender credential's domain and identity, and the shared secret (write only). */
    public record CredentialRequest(String domain, String identity, String sharedSecret) {
    }

    public record CredentialView(long supplierId, String domain, String identity, boolean sharedSecretSet, String updatedBy,
                                 Instant updatedAt) {

        static CredentialView of(SupplierCxmlCredential credential) {
            return new CredentialView(credential.getSupplier().getId(), credential.getDomain(), credential.getIdentity(), true,
                    credential.getUpdatedBy(), credential.getUpdatedAt());
        }
    }

    @PUT
    public CredentialView set(@PathParam("id") long supplierId, CredentialRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.missing", "domain");
        }
        return CredentialView.of(credentials.set(supplierId, request.domain(), request.identity(), request.sharedSecret()));
    }

    @GET
    public CredentialView get(@PathParam("id") long supplierId) {
        return CredentialView.of(credentials.get(supplierId));
    }

    @DELETE
    public Response delete(@PathParam("id") long supplierId) {
        credentials.remove(supplierId);
        return Response.noContent().build();
    }
}
