package org.openprocure.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * A small HTTP client of the OpenProcure API that calls as one demo user, with an access token from
 * the test Keycloak (every demo password is "demo"), or with a token given as it is. It calls the
 * test server at {@link #BASE} unless {@link #at} names another.
 */
public final class Api {

    public static final String BASE = System.getProperty("openprocure.url", "http://127.0.0.1:8080/openprocure");

    /**
     * Speaks HTTP/1.1. The JDK client otherwise asks to upgrade each plain connection to HTTP/2, and
     * once a POST on such a connection left Undertow waiting for a body the client had sent, so both
     * sides waited until the build timed out.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String user;
    private final String token;
    private final String language;

    private Api(String base, String user, String token, String language) {
        this.base = base;
        this.user = user;
        this.token = token;
        this.language = language;
    }

    public static Api as(String user) {
        return new Api(BASE, user, null, "en");
    }

    /** Returns a client that sends this bearer token, whatever it is. */
    public static Api withToken(String token) {
        return new Api(BASE, null, token, "en");
    }

    /** Returns a client that sends this Accept-Language header, or none when it is null. */
    public Api inLanguage(String acceptLanguage) {
        return new Api(base, user, token, acceptLanguage);
    }

    /** Returns a client of the application at another address, such as http://127.0.0.1:8580/openprocure. */
    public Api at(String baseUrl) {
        return new Api(baseUrl, user, token, language);
    }

    /** An HTTP response with its body, read as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Sends a text body with any content type, for requests the other methods would not make. */
    public Reply send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postXml(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends bytes as they are with any content type, such as a catalog file in Windows-1252. */
    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postFile(String path, Path file) {
        try {
            return postXml(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** Returns the raw bytes of a response, such as a stored invoice document. */
    public byte[] getBytes(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Polls the invoice's match until it has run at least {@code runs} times and left AWAITING_MATCH,
     * for at most 30 seconds, and returns it.
     */
    public JsonObject awaitMatch(long invoiceId, int runs) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Reply reply;
        do {
            reply = get("/api/invoices/" + invoiceId + "/match");
            if (reply.status() == 200 && reply.json().getInt("runCount") >= runs) {
                return reply.json();
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Invoice " + invoiceId + " not matched " + runs + " time(s) within 30 s; last reply " + reply);
    }

    /**
     * Starts a request that fails after 90 s. The first EN 16931 validation after a deployment
     * compiles rule sets, which took over 30 s on a 2-core machine running several builds at once.
     */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (user != null) {
            builder.header("Authorization", "Bearer " + Keycloak.token(user));
        } else if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static Api anonymous() {
        return new Api(BASE, null, null, "en");
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
