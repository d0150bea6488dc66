package org.openprocure.api;

import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.openprocure.fulfilment.InboundDocument;
import org.openprocure.fulfilment.UblFulfilmentService;
import org.openprocure.shared.UniqueViolation;

/**
 * UBL 2.1 order responses and despatch advices that a supplier user posts as the XML file itself.
 * A new document gets 201; the same bytes posted again get 200 with the first result, and other bytes
 * under an ID already used get 409. Each call runs in the service's own transaction, so a document
 * stored by a concurrent call can be read in a second one.
 */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class FulfilmentDocumentResource {

    private static final Logger LOG = Logger.getLogger(FulfilmentDocumentResource.class.getName());

    @Inject
    private UblFulfilmentService ubl;

    @Context
    private HttpHeaders headers;

    public record InboundDocumentView(long id, String syntax, String documentType, String identity, String sha256, Instant receivedAt,
                                      String result) {

        static InboundDocumentView of(InboundDocument document) {
            return new InboundDocumentView(document.getId(), document.getSyntax().name(), document.getDocumentType().name(),
                    document.getIdentityKey(), document.getSha256(), document.getReceivedAt(), document.getResultReference());
        }
    }

    @POST
    @Path("order-responses")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response receiveOrderResponse(byte[] body) {
        return answer(onceMoreIfStoredConcurrently(() -> ubl.receiveOrderResponse(body, contentType())));
    }

    @POST
    @Path("despatch-advices")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response receiveDespatchAdvice(byte[] body) {
        return answer(onceMoreIfStoredConcurrently(() -> ubl.receiveDespatchAdvice(body, contentType())));
    }

    /**
     * Runs the receipt, and once more when the unique index rejected it because a concurrent call
     * stored the same identity first. The second run then finds that document.
     */
    private static UblFulfilmentService.Received onceMoreIfStoredConcurrently(Supplier<UblFulfilmentService.Received> receipt) {
        try {
            return receipt.get();
        } catch (EJBException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            LOG.info("UBL document stored concurrently; reading the stored one");
            return receipt.get();
        }
    }

    private String contentType() {
        return headers.getMediaType() == null ? null : headers.getMediaType().toString();
    }

    private static Response answer(UblFulfilmentService.Received received) {
        InboundDocumentView view = InboundDocumentView.of(received.document());
        return received.repeat() ? Response.ok(view).build() : Response.status(Response.Status.CREATED).entity(view).build();
    }
}
