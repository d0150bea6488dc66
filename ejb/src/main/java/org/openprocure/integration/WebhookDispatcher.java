package org.openprocure.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openprocure.platform.Settings;
import org.openprocure.punchout.SecretCipher;

/**
 * Sends webhook deliveries. Each attempt runs on a persistent single-action EJB timer whose info is
 * the delivery id, so attempts due while the server was down run after it restarts. A timer
 * created in a transaction starts only when that transaction commits. A failed attempt creates
 * the next timer after the delay that {@link Settings#webhookRetryDelays()} gives for it.
 */
@Stateless
@PermitAll
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Redirects are not followed, so a delivery goes only to the URL an administrator registered. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Resource
    private TimerService timerService;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretCipher cipher;

    @Inject
    private Settings settings;

    /** Schedules the delivery's next attempt at once, or when the current transaction commits. */
    public void scheduleNow(long deliveryId) {
        schedule(deliveryId, Duration.ZERO);
    }

    private void schedule(long deliveryId, Duration wait) {
        timerService.createSingleActionTimer(Math.max(wait.toMillis(), 1L), new TimerConfig(deliveryId, true));
    }

    /**
     * Makes one attempt of the delivery named by the timer. The HTTP call runs inside the timer's
     * transaction, which therefore stays open for at most the request timeout of 10 seconds.
     */
    @Timeout
    void attempt(Timer timer) {
        long deliveryId = (Long) timer.getInfo();
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.getStatus() != WebhookDeliveryStatus.PENDING) {
            LOG.fine(() -> "Webhook delivery " + deliveryId + " is missing or no longer pending; nothing sent");
            return;
        }

        Instant startedAt = Instant.now();
        Outcome outcome = post(delivery);
        long millis = Duration.between(startedAt, Instant.now()).toMillis();
        Duration wait = delivery.recordAttempt(startedAt, outcome.statusCode(), outcome.error(), millis, settings.webhookRetryDelays());

        log(delivery, outcome, wait);
        if (wait != null) {
            schedule(deliveryId, wait);
        }
    }

    private record Outcome(Integer statusCode, String error) {
    }

    private Outcome post(WebhookDelivery delivery) {
        WebhookSubscription subscription = delivery.getSubscription();
        byte[] body = delivery.getEvent().getPayload().getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.sign(cipher.decrypt(subscription.getSecretEncrypted()), timestamp, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.getUrl()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .header(WebhookSignature.EVENT_TYPE_HEADER, delivery.getEvent().getEventType())
                .header(WebhookSignature.EVENT_ID_HEADER, delivery.getEvent().getEventId())
                .header(WebhookSignature.DELIVERY_HEADER, Long.toString(delivery.getId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while waiting for the receiver");
        }
    }

    private static void log(WebhookDelivery delivery, Outcome outcome, Duration wait) {
        String answer = outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error();
        if (delivery.getStatus() == WebhookDeliveryStatus.DELIVERED) {
            LOG.info(() -> "Webhook delivery " + delivery.getId() + " of event " + delivery.getEvent().getEventId() + " delivered, attempt "
                    + delivery.getAttemptCount());
        } else if (wait != null) {
            LOG.warning(() -> "Webhook delivery " + delivery.getId() + " attempt " + delivery.getAttemptCount() + " failed (" + answer
                    + "); retry in " + wait);
        } else {
            LOG.warning(() -> "Webhook delivery " + delivery.getId() + " failed after " + delivery.getAttemptCount() + " attempt(s), last "
                    + answer + "; an administrator can re-send it");
        }
    }
}
