package org.openprocure.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.BusinessException;

/**
 * Posts a document over HTTP and tells whether the supplier accepted it. A 2xx status is a
 * success, except for cXML, whose answer must also carry a Response Status code of 200 or 201:
 * cXML servers report refusals such as 401 (bad credentials) inside an HTTP 200. Redirects are not
 * followed and count as failures.
 */
final class HttpDelivery {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The most of a response body that is read, enough for any cXML Response. */
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpDelivery() {
    }

    static AttemptOutcome post(String url, String contentType, byte[] body, boolean cxml) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] answer;
            try (InputStream stream = response.body()) {
                answer = stream.readNBytes(MAX_RESPONSE_BYTES);
            }
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                return AttemptOutcome.failure(status, "HTTP status " + status);
            }
            return cxml ? cxmlOutcome(status, answer) : AttemptOutcome.success(status);
        } catch (HttpTimeoutException e) {
            return AttemptOutcome.failure(null, "Timed out after " + REQUEST_TIMEOUT.toSeconds() + " s: " + e.getMessage());
        } catch (IOException e) {
            return AttemptOutcome.failure(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptOutcome.failure(null, "Interrupted while waiting for the answer");
        }
    }

    /** Reads the cXML Response of a 2xx answer: Status code 200 or 201 is a success, anything else or no Status a failure. */
    static AttemptOutcome cxmlOutcome(int httpStatus, byte[] answer) {
        XmlElement document;
        try {
            document = SecureXml.parse(new ByteArrayInputStream(answer));
        } catch (BusinessException e) {
            return AttemptOutcome.failure(httpStatus, "HTTP status " + httpStatus + " but the answer is not a cXML document");
        }
        Optional<XmlElement> status = document.path("Response", "Status");
        if (status.isEmpty()) {
            return AttemptOutcome.failure(httpStatus, "HTTP status " + httpStatus + " but the cXML answer has no Response Status");
        }
        String code = status.get().attribute("code");
        if ("200".equals(code) || "201".equals(code)) {
            return AttemptOutcome.success(httpStatus);
        }
        String text = status.get().attribute("text");
        return AttemptOutcome.failure(httpStatus, "cXML Response Status " + code + (text == null ? "" : " " + text));
    }
}
