package org.openprocure.web.punchout;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprocure.punchout.PunchOutProtocol;
import org.openprocure.punchout.PunchOutService;
import org.openprocure.punchout.PunchOutStart;
import org.openprocure.punchout.PunchOutUser;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Messages;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * GET /punch-out/start?supplier={id}[&amp;requisition={id}][&amp;costCentre={code}]: sends the
 * signed-in requester to the supplier's shop. cXML gets a redirect to the start page the shop
 * returned; OCI gets a page whose form posts itself to the catalog.
 */
@WebServlet("/punch-out/start")
public class PunchOutStartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PunchOutStartServlet.class.getName());

    @Inject
    private PunchOutService punchOut;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long supplierId = id(request.getParameter("supplier"), "supplier");
            String requisition = request.getParameter("requisition");
            Long requisitionId = requisition == null || requisition.isBlank() ? null : id(requisition, "requisition");
            PunchOutStart start = punchOut.start(supplierId, requisitionId, request.getParameter("costCentre"), user(request), portalUrl(request));
            if (start.protocol() == PunchOutProtocol.CXML) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", start.startPageUrl());
            } else {
                ociForm(request, response, start);
            }
        } catch (BusinessException e) {
            LOG.info(() -> "Punch-out start rejected: " + e.messageKey());
            PunchOutPages.error(request, response, e);
        } catch (EJBAccessException e) {
            LOG.info("Punch-out start rejected: the user lacks the requester role");
            PunchOutPages.error(request, response, HttpServletResponse.SC_FORBIDDEN, "error.accessDenied");
        }
    }

    /** Writes a page whose form posts the OCI fields to the catalog as soon as it loads, with a button when scripts are off. */
    private static void ociForm(HttpServletRequest request, HttpServletResponse response, PunchOutStart start) throws IOException {
        Locale locale = PunchOutPages.locale(request);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html>");
        page.println("<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">");
        page.println("<title>" + PunchOutPages.escape(Messages.format(locale, "punchOut.opening")) + "</title></head>");
        page.println("<body onload=\"document.getElementById('ociForm').submit()\">");
        page.println("<form id=\"ociForm\" method=\"post\" accept-charset=\"UTF-8\" action=\"" + PunchOutPages.escape(start.catalogUrl()) + "\">");
        for (Map.Entry<String, String> field : start.formFields().entrySet()) {
            page.println("<input type=\"hidden\" name=\"" + PunchOutPages.escape(field.getKey()) + "\" value=\""
                    + PunchOutPages.escape(field.getValue()) + "\">");
        }
        page.println("<noscript><button type=\"submit\">" + PunchOutPages.escape(Messages.format(locale, "punchOut.continue")) + "</button></noscript>");
        page.println("</form></body></html>");
    }

    private static long id(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("error.missing", parameter);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.punchOut.id", parameter, value);
        }
    }

    private static String portalUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getServletPath().length() - (request.getPathInfo() == null ? 0 : request.getPathInfo().length()));
    }

    private static PunchOutUser user(HttpServletRequest request) {
        String username = request.getUserPrincipal().getName();
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal && principal.getOidcSecurityContext() != null
                && principal.getOidcSecurityContext().getToken() != null) {
            var token = principal.getOidcSecurityContext().getToken();
            return new PunchOutUser(username, token.getEmail(), token.getGivenName(), token.getFamilyName());
        }
        return new PunchOutUser(username, null, null, null);
    }
}
