package org.openprocure.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.TransitionNotAllowedException;

/**
 * One event to send to one subscription, with every attempt. A 2xx response delivers it. Any other
 * response or a network failure schedules the next retry, until the retry delays run out.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    private WebhookSubscription subscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private ErpEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookDeliveryStatus status;

    /** Attempts since the delivery was created or last re-sent; the retry delays count from here. */
    @Column(name = "attempt_count", nullable = false)
    private int attemptCount;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<WebhookAttempt> attempts = new ArrayList<>();

    protected WebhookDelivery() {
    }

    WebhookDelivery(WebhookSubscription subscription, ErpEvent event, Instant now) {
        this.subscription = subscription;
        this.event = event;
        this.status = WebhookDeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Records one attempt and returns the wait before the next one, or null when there is none:
     * delivered, or failed after the last delay.
     */
    Duration recordAttempt(Instant at, Integer statusCode, String error, long durationMillis, List<Duration> retryDelays) {
        attempts.add(new WebhookAttempt(this, attempts.size() + 1, at, statusCode, error, durationMillis));
        attemptCount++;
        lastStatusCode = statusCode;
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            status = WebhookDeliveryStatus.DELIVERED;
            deliveredAt = at;
            nextAttemptAt = null;
            return null;
        }
        if (attemptCount > retryDelays.size()) {
            status = WebhookDeliveryStatus.FAILED;
            nextAttemptAt = null;
            return null;
        }
        Duration wait = retryDelays.get(attemptCount - 1);
        nextAttemptAt = at.plus(wait);
        return wait;
    }

    /** Makes a failed delivery pending again, with a fresh series of retries; earlier attempts stay in the log. */
    void resend(Instant now) {
        if (status != WebhookDeliveryStatus.FAILED) {
            throw new TransitionNotAllowedException(DocumentType.WEBHOOK_DELIVERY, String.valueOf(id), status, "re-send");
        }
        status = WebhookDeliveryStatus.PENDING;
        attemptCount = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public WebhookSubscription getSubscription() {
        return subscription;
    }

    public ErpEvent getEvent() {
        return event;
    }

    public WebhookDeliveryStatus getStatus() {
        return status;
    }

    public int getAttemptCount() {
        return attemptCount;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<WebhookAttempt> getAttempts() {
        return Collections.unmodifiableList(attempts);
    }
}
