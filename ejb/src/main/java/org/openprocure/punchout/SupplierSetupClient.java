package org.openprocure.punchout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.openprocure.punchout.cxml.PunchOutSetupResponseReader;
import org.openprocure.punchout.cxml.PunchOutSetupResponseReader.SetupResponse;
import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.shared.InvalidInputException;

/**
 * Posts a PunchOutSetupRequest to a supplier's shop and reads the start page from its response.
 * The request contains the shared secret and the requester's name and e-mail, so it is never logged.
 */
@ApplicationScoped
public class SupplierSetupClient {

    private static final Logger LOG = Logger.getLogger(SupplierSetupClient.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Returns the start page URL, or fails with a message that names the supplier and what went wrong. */
    public String startPage(String url, String setupRequest, String supplierName) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(RESPONSE_TIMEOUT)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(setupRequest, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Punch-out setup request to " + url + " failed", e);
            throw new SupplierPunchOutException("error.punchOut.setupUnreachable", supplierName, url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierPunchOutException("error.punchOut.setupUnreachable", supplierName, url);
        }
        if (response.statusCode() != 200) {
            LOG.warning(() -> "Punch-out setup request to " + url + " answered HTTP " + response.statusCode());
            throw new SupplierPunchOutException("error.punchOut.setupHttp", supplierName, String.valueOf(response.statusCode()));
        }
        SetupResponse setup;
        try {
            setup = PunchOutSetupResponseReader.read(SecureXml.parse(new ByteArrayInputStream(response.body())));
        } catch (InvalidInputException e) {
            LOG.warning(() -> "Punch-out setup response of " + url + " is not readable cXML: " + e.getMessage());
            throw new SupplierPunchOutException("error.punchOut.setupMalformed", supplierName);
        }
        if (!setup.isSuccess()) {
            LOG.warning(() -> "Punch-out setup response of " + url + " has status " + setup.statusCode() + " and start page " + setup.startPageUrl());
            if (setup.statusCode() == null || "200".equals(setup.statusCode())) {
                throw new SupplierPunchOutException("error.punchOut.setupMalformed", supplierName);
            }
            throw new SupplierPunchOutException("error.punchOut.setupRejected", supplierName, setup.statusCode(),
                    setup.statusText() == null ? "" : setup.statusText());
        }
        return setup.startPageUrl();
    }
}
