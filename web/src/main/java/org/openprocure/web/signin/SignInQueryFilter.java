package org.openprocure.web.signin;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects a user who has just signed in to the page they first opened, with its query string.
 * {@link SignInQueryExtension} stored that page in a cookie when it sent them to the sign-in form.
 * The first request of a signed-in user that carries the cookie deletes it. The filter redirects only
 * when that request is a GET of the same path without a query, so the cookie can add a query to the
 * page being opened but never send the browser to another page.
 * <p>
 * NOTE: the browser keeps one such page, so when two tabs sign in at the same time, at most one
 * of them gets its query back.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SignInQueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInQueryFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Cookie cookie = signInPageCookie(request);
        if (cookie == null || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }

        deleteCookie(request, response);
        String page = decode(cookie.getValue());
        String path = request.getRequestURI();
        if (page != null && "GET".equals(request.getMethod()) && request.getQueryString() == null
                && page.startsWith(path + "?") && isPrintableAscii(page)) {
            LOG.fine(() -> "Restoring the query of " + path + " after the sign-in of " + request.getUserPrincipal().getName());
            response.sendRedirect(page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Cookie signInPageCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SignInQueryExtension.COOKIE.equals(cookie.getName())) {
                return cookie;
            }
        }
        return null;
    }

    private static void deleteCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie expired = new Cookie(SignInQueryExtension.COOKIE, "");
        expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        expired.setMaxAge(0);
        expired.setHttpOnly(true);
        expired.setSecure(request.isSecure());
        response.addCookie(expired);
    }

    /** Returns the URL-decoded cookie value, or null when it is not valid URL encoding. */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            LOG.info(() -> "Ignoring the cookie " + SignInQueryExtension.COOKIE + " because its value is not valid URL encoding");
            return null;
        }
    }

    /** Tells whether the text contains only printable ASCII, as a raw request URI does, so no line break reaches the Location header. */
    private static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
