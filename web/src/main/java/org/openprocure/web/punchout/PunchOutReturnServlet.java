package org.openprocure.web.punchout;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprocure.punchout.FormBody;
import org.openprocure.punchout.PunchOutService;
import org.openprocure.punchout.ReturnedCart;
import org.openprocure.shared.BusinessException;

/**
 * POST /punch-out/return/{token}: the supplier's page posts the cart here from the browser. No sign-in
 * is needed, since a cross-site POST carries no SameSite session cookie: the one-time token stands for
 * the requester. The body is read as raw bytes, so the charset of an OCI form is chosen by
 * {@link FormBody} and not by the container. Success redirects to the requisition with 303 See Other.
 */
@WebServlet("/punch-out/return/*")
public class PunchOutReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PunchOutReturnServlet.class.getName());
    /** Carts with long texts reach a few hundred kilobytes; this bounds what one post may make the server hold. */
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    @Inject
    private PunchOutService punchOut;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            FormBody.Decoded form = FormBody.decode(body, request.getContentType());
            long requisitionId = punchOut.receive(token, ReturnedCart.from(form.fields()));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/requisition.xhtml?id=" + requisitionId);
        } catch (BusinessException e) {
            LOG.info(() -> "Punch-out cart rejected: " + e.messageKey());
            PunchOutPages.error(request, response, e);
        }
    }
}
