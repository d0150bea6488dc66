package org.openprocure.api;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprocure.shared.Messages;

/**
 * Error page of the API for 401: the body of a call that carries no valid access token, as problem
 * details in the caller's language. The OIDC mechanism has already set the status and the
 * WWW-Authenticate header.
 */
@WebServlet("/problems/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language(request);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unauthorized")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", Messages.format(locale, "error.unauthorized"))
                .add("fix", Messages.format(locale, "error.unauthorized.fix"))
                .build()
                .toString());
    }

    private static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        return Messages.firstSupported(Collections.list(request.getLocales())).orElse(Locale.FRENCH);
    }
}
