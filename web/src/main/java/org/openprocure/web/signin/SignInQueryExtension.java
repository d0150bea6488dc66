package org.openprocure.web.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

/**
 * Stores the query string of a GET request in a cookie when the OIDC client responds to that
 * request with the redirect to the Keycloak sign-in form. {@link SignInQueryFilter} reads the
 * cookie when the signed-in user comes back and redirects to the page with its query.
 * <p>
 * The Elytron OIDC client of WildFly 39 (wildfly-elytron-http-oidc 2.8.2) builds the redirect_uri
 * from the scheme, host and path of the request and drops its query. The redirect after the code
 * exchange goes to the same URI, so no configuration of the client or of the Keycloak realm brings
 * the query back. A servlet filter alone cannot store it either, because the container's security
 * handler sends the sign-in redirect before any filter runs. This Undertow handler wraps that
 * security handler, so it reads both the request and the sign-in redirect. WildFly loads it for
 * the portal from META-INF/services/io.undertow.servlet.ServletExtension.
 */
public class SignInQueryExtension implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInQueryExtension.class.getName());

    /** Cookie with the URL-encoded path and query of the page requested before the sign-in. */
    static final String COOKIE = "openprocure-sign-in-page";

    /**
     * Cookie lifetime in seconds: Keycloak's default login timeout (the realm's accessCodeLifespanLogin,
     * 1800 s), which is how long a sign-in form stays valid.
     */
    static final int MAX_AGE_SECONDS = 1800;

    /** Maximum length of the stored path and query, in characters, so the cookie stays below the 4096 bytes browsers accept. */
    static final int MAX_LENGTH = 2000;

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        // Outer handlers run inside the servlet's request context but before the security handler.
        deploymentInfo.addOuterHandlerChainWrapper(QueryKeepingHandler::new);
    }

    private static final class QueryKeepingHandler implements HttpHandler {

        private final HttpHandler next;

        QueryKeepingHandler(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            String query = exchange.getQueryString();
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            if (Methods.GET.equals(exchange.getRequestMethod()) && query != null && !query.isEmpty() && context != null) {
                HttpServletRequest request = (HttpServletRequest) context.getServletRequest();
                String path = request.getRequestURI();
                String page = path + "?" + query;
                String contextPath = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
                exchange.addResponseCommitListener(response -> {
                    if (!isAuthorizationRedirect(response)) {
                        return;
                    }
                    if (page.length() > MAX_LENGTH) {
                        LOG.info(() -> "The sign-in drops the query of " + path + " because the path and query are "
                                + page.length() + " characters long, more than the " + MAX_LENGTH + " a cookie can store");
                        return;
                    }
                    response.setResponseCookie(new CookieImpl(COOKIE, URLEncoder.encode(page, StandardCharsets.UTF_8))
                            .setPath(contextPath).setMaxAge(MAX_AGE_SECONDS).setHttpOnly(true)
                            .setSecure(response.isSecure()).setSameSiteMode("Lax"));
                });
            }
            next.handleRequest(exchange);
        }

        /**
         * Tells whether the response sends the browser to an OpenID provider's authorization endpoint,
         * as the OIDC client's sign-in challenge does: a 302 whose Location carries the OAuth 2.0
         * authorization request parameters response_type=code and redirect_uri.
         */
        private static boolean isAuthorizationRedirect(HttpServerExchange exchange) {
            if (exchange.getStatusCode() != StatusCodes.FOUND) {
                return false;
            }
            String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
            return location != null && location.contains("response_type=code") && location.contains("redirect_uri=");
        }
    }
}
