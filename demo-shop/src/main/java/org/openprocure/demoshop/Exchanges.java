package org.openprocure.demoshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;

/** Reading requests and sending responses for the shop's handlers: parameters, bodies, pages, redirects. */
final class Exchanges {

    private static final Logger LOG = Logger.getLogger(Exchanges.class.getName());
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private Exchanges() {
    }

    static String language(HttpExchange exchange) {
        return Messages.language(exchange.getRequestHeaders().getFirst("Accept-Language"));
    }

    static Map<String, List<String>> query(HttpExchange exchange) {
        Map<String, List<String>> parameters = Forms.empty();
        Forms.parse(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8, parameters);
        return parameters;
    }

    /** Reads the request body, at most 1 MiB. */
    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("Request body over " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    static void error(HttpExchange exchange, int status, String message, String sessionId) throws IOException {
        LOG.info(() -> "Answered " + status + " to " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + ": " + message);
        sendHtml(exchange, status, Pages.error(language(exchange), message, sessionId, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    static void sendXml(HttpExchange exchange, String xml) throws IOException {
        // A cXML server returns HTTP 200 for a request it parsed and puts the outcome in Response/Status.
        send(exchange, 200, "text/xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    static void sendHtml(HttpExchange exchange, int status, String html, Charset charset) throws IOException {
        send(exchange, status, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
