package org.openprocure.outbound;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One attempt at a delivery: when, how long it took, the HTTP status when there was one, and the error when it failed. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
    @SequenceGenerator(name = "delivery_attempt_seq", sequenceName = "delivery_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "duration_millis", nullable = false)
    private long durationMillis;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(nullable = false)
    private boolean succeeded;

    private String error;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(long deliveryId, Instant attemptedAt, long durationMillis, Integer httpStatus, boolean succeeded, String error) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.durationMillis = durationMillis;
        this.httpStatus = httpStatus;
        this.succeeded = succeeded;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public String getError() {
        return error;
    }
}
