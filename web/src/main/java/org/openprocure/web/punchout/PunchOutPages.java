package org.openprocure.web.punchout;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprocure.punchout.PunchOutNotConfiguredException;
import org.openprocure.punchout.PunchOutSessionClosedException;
import org.openprocure.punchout.PunchOutSessionNotFoundException;
import org.openprocure.punchout.SupplierPunchOutException;
import org.openprocure.shared.BusinessException;
import org.openprocure.shared.DocumentNotFoundException;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Messages;

/** Writes the small HTML pages of the punch-out servlets: errors in the user's language and the OCI form. */
final class PunchOutPages {

    private PunchOutPages() {
    }

    /** Returns French or English from the Accept-Language header, French when it names neither. */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        return Messages.firstSupported(Collections.list(request.getLocales())).orElse(Locale.FRENCH);
    }

    static int status(BusinessException error) {
        if (error instanceof PunchOutSessionNotFoundException || error instanceof DocumentNotFoundException
                || error instanceof PunchOutNotConfiguredException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (error instanceof PunchOutSessionClosedException) {
            return HttpServletResponse.SC_GONE;
        }
        if (error instanceof SupplierPunchOutException) {
            return HttpServletResponse.SC_BAD_GATEWAY;
        }
        if (error instanceof DutySegregationException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    static void error(HttpServletRequest request, HttpServletResponse response, BusinessException error) throws IOException {
        Locale locale = locale(request);
        writePage(request, response, status(error), error.messageKey(), error.describe(locale), error.fix(locale));
    }

    /** Writes the error page of a message key without arguments, such as error.accessDenied. */
    static void error(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
        Locale locale = locale(request);
        writePage(request, response, status, messageKey, Messages.format(locale, messageKey), Messages.format(locale, messageKey + ".fix"));
    }

    private static void writePage(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                                  String description, String fix) throws IOException {
        Locale locale = locale(request);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html>");
        page.println("<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">");
        page.println("<title>" + escape(Messages.format(locale, "punchOut.errorTitle")) + "</title></head><body>");
        page.println("<h1 id=\"title\">" + escape(Messages.format(locale, "punchOut.errorTitle")) + "</h1>");
        page.println("<p id=\"error\" data-key=\"" + escape(messageKey) + "\">" + escape(description) + "</p>");
        page.println("<p id=\"fix\">" + escape(fix) + "</p>");
        page.println("<p><a id=\"back\" href=\"" + escape(request.getContextPath() + "/") + "\">"
                + escape(Messages.format(locale, "punchOut.backToPortal")) + "</a></p>");
        page.println("</body></html>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
