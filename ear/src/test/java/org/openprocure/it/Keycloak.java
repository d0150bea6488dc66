package org.openprocure.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The Keycloak the build started for the tests, with the realm of wildfly-config/keycloak. */
public final class Keycloak {

    public static final String URL = System.getProperty("keycloak.url", "http://127.0.0.1:8380");
    public static final String REALM_URL = URL + "/realms/openprocure";
    public static final String SCRIPTS_CLIENT = "openprocure-scripts";
    public static final String SCRIPTS_SECRET = "openprocure-scripts-demo-secret";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Access tokens live 300 s in the realm; a cached one is reused for at most 200 s. */
    private static final Duration REUSE = Duration.ofSeconds(200);
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, long obtainedAt) {
    }

    private Keycloak() {
    }

    /** Returns an access token of the demo user for the scripts client, by the password grant. */
    public static String token(String user) {
        Cached cached = TOKENS.get(user);
        if (cached != null && System.nanoTime() - cached.obtainedAt() < REUSE.toNanos()) {
            return cached.token();
        }
        String token = passwordGrant(SCRIPTS_CLIENT, SCRIPTS_SECRET, user, "demo");
        TOKENS.put(user, new Cached(token, System.nanoTime()));
        return token;
    }

    /** Returns an access token by the password grant for any client of the realm; secret may be null. */
    public static String passwordGrant(String clientId, String secret, String user, String password) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of(
                "grant_type", "password", "client_id", clientId, "username", user, "password", password));
        if (secret != null) {
            form.put("client_secret", secret);
        }
        return post(REALM_URL + "/protocol/openid-connect/token", form, null).getString("access_token");
    }

    /** Returns an administrator token of the master realm, to change the test realm. */
    public static String adminToken() {
        return post(URL + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "kcadmin",
                "password", System.getProperty("keycloak.admin.password", "test-admin-only")), null).getString("access_token");
    }

    /** Sends a JSON body to the admin API of the test realm and returns the status. */
    public static int admin(String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "/admin/realms/openprocure" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(request).statusCode();
    }

    private static JsonObject post(String url, Map<String, String> form, String bearer) {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encoded));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak returned " + response.statusCode() + " to " + url + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
