package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API accepts only access tokens that the realm issued for it. No token, a forged one, a token
 * for another client and an expired one all get 401. The API never redirects to the sign-in form,
 * which is for the portal pages.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String ORDERS = Api.BASE + "/api/purchase-orders";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void apiWithoutTokenAnswers401AndNoRedirect() throws Exception {
        HttpResponse<String> response = call(ORDERS, null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
        assertTrue(response.body().contains("\"status\":401"), response.body());
        assertTrue(response.body().contains("Cet appel ne porte pas de jeton d'accès valide"), response.body());
    }

    @Test
    void tlsCookiesSecureWithHsts() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
        HttpClient tls = HttpClient.newBuilder().sslContext(trustAll).followRedirects(HttpClient.Redirect.NEVER).build();

        // WildFly's default HTTPS listener, with the self-signed certificate it makes for localhost.
        HttpResponse<String> response = tls.send(HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("test.https.port", "8443") + "/openprocure/orders.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, response.statusCode());
        assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(""));
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        for (String cookie : cookies) {
            String attributes = cookie.toLowerCase(Locale.ROOT);
            assertTrue(attributes.contains("; secure"), cookie);
            assertTrue(attributes.contains("samesite=lax"), cookie);
            assertTrue(attributes.contains("httponly"), cookie);
        }
    }

    /** Trusts any certificate: only for the test server's self-signed one. */
    private static final class TrustingManager implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    @Test
    void forgedTokenAnswers401() throws Exception {
        String valid = Keycloak.token("bruno");
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        assertEquals(401, call(ORDERS, "not-a-token").statusCode());
        assertEquals(401, call(ORDERS, tampered).statusCode());
        assertEquals(200, call(ORDERS, valid).statusCode());
    }

    @Test
    void tokenForAnotherClientAnswers401() throws Exception {
        String adminCliToken = Keycloak.passwordGrant("admin-cli", null, "bruno", "demo");

        assertEquals(401, call(ORDERS, adminCliToken).statusCode());
    }

    @Test
    void expiredTokenAnswers401() throws Exception {
        String clientId = "short-lived-" + UUID.randomUUID();
        assertEquals(201, Keycloak.admin("POST", "/clients", Json.createObjectBuilder()
                .add("clientId", clientId).add("publicClient", true).add("directAccessGrantsEnabled", true).add("standardFlowEnabled", false)
                .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "2"))
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "audience").add("protocol", "openid-connect").add("protocolMapper", "oidc-audience-mapper")
                        .add("config", Json.createObjectBuilder().add("included.client.audience", "openprocure-api")
                                .add("access.token.claim", "true"))))
                .build()));
        String token = Keycloak.passwordGrant(clientId, null, "bruno", "demo");
        assertEquals(200, call(ORDERS, token).statusCode(), "the token works while it is valid");

        Thread.sleep(Duration.ofSeconds(4).toMillis());

        assertEquals(401, call(ORDERS, token).statusCode());
    }

    @Test
    void portalPageSendsTheBrowserToKeycloak() throws Exception {
        HttpResponse<String> response = call(Api.BASE + "/orders.xhtml", null);

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(Keycloak.REALM_URL + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=openprocure-portal"), location);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        assertTrue(cookies.stream().allMatch(cookie -> cookie.contains("HttpOnly") || !cookie.startsWith("JSESSIONID")), cookies.toString());
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""));
    }

    private static HttpResponse<String> call(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
