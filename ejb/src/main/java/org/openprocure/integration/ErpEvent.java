package org.openprocure.integration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One business event as published: its JSON message, the same on the topic and in every webhook POST. */
@Entity
@Table(name = "erp_event")
public class ErpEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erp_event_seq")
    @SequenceGenerator(name = "erp_event_seq", sequenceName = "erp_event_seq", allocationSize = 50)
    private Long id;

    /** A UUID that receivers use to drop a message they already processed. */
    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ErpEvent() {
    }

    ErpEvent(ErpEventType type, Instant occurredAt) {
        this.eventId = UUID.randomUUID().toString();
        this.eventType = type.typeName();
        this.occurredAt = occurredAt;
    }

    void setPayload(String payload) {
        this.payload = payload;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
