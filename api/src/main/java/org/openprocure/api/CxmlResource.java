package org.openprocure.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.openprocure.fulfilment.CxmlEndpoint;
import org.openprocure.fulfilment.cxml.CxmlResponseWriter;
import org.openprocure.shared.Messages;

/**
 * The cXML endpoint, POST /openprocure/api/cxml, where suppliers' systems post ConfirmationRequest
 * and ShipNoticeRequest documents. It needs no access token, because web.xml leaves the path open:
 * each document authenticates itself with its Sender credential. Every response is a cXML Response
 * with HTTP 200, as cXML senders expect, and its Status code gives the outcome. Only a body above
 * {@value #MAX_BODY_BYTES} bytes gets HTTP 413, before it is read further.
 */
@RequestScoped
@Path("cxml")
public class CxmlResource {

    /** The largest body accepted, 10 MiB, far above any confirmation or shipping notice of a few thousand lines. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final String CXML_TYPE = "text/xml; charset=UTF-8";

    @Inject
    private CxmlEndpoint endpoint;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_XML)
    public Response receive(@HeaderParam("Content-Length") Long contentLength, InputStream body) throws IOException {
        if (contentLength != null && contentLength > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        return Response.ok(endpoint.receive(bytes), CXML_TYPE).build();
    }

    private static Response tooLarge() {
        String limit = String.valueOf(MAX_BODY_BYTES);
        String detail = Messages.format(Locale.ENGLISH, "error.cxml.tooLarge", limit) + " "
                + Messages.format(Locale.ENGLISH, "error.cxml.tooLarge.fix", limit);
        return Response.status(413).type(CXML_TYPE).entity(CxmlResponseWriter.write(413, "Request Entity Too Large", detail, "en")).build();
    }
}
