package org.openprocure.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Inputs;

/**
 * An ERP endpoint that receives some event types as signed POSTs. The secret is stored encrypted,
 * because signing needs it in clear, and is never returned or logged.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Shortest secret accepted: 32 characters, as HMAC-SHA256 keys should carry at least 128 bits. */
    static final int MIN_SECRET_LENGTH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String url;

    /** Type names separated by commas. */
    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(name = "secret_encrypted", nullable = false)
    private String secretEncrypted;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, List<String> eventTypes, String secretEncrypted, String createdBy) {
        this.url = checkedUrl(url);
        this.eventTypes = String.join(",", checkedTypes(eventTypes));
        this.secretEncrypted = secretEncrypted;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Returns an http or https URL with a host, or raises an error naming the value and the fix. */
    static String checkedUrl(String url) {
        String text = Inputs.requireText(url, "url", 2000);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException("error.webhook.url", text);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("error.webhook.url", text);
        }
        return text;
    }

    static Set<String> checkedTypes(List<String> eventTypes) {
        Inputs.requireEntries(eventTypes, "eventTypes");
        Set<String> checked = new LinkedHashSet<>();
        for (String type : eventTypes) {
            String name = type == null ? "" : type.strip();
            if (ErpEventType.ofTypeName(name).isEmpty()) {
                throw new InvalidInputException("error.webhook.eventType", name, knownTypes());
            }
            checked.add(name);
        }
        return checked;
    }

    /** Checks a secret's length and returns it; the message never contains the secret. */
    static String checkedSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("error.missing", "secret");
        }
        if (secret.length() < MIN_SECRET_LENGTH || secret.length() > 256) {
            throw new InvalidInputException("error.webhook.secretLength", secret.length(), MIN_SECRET_LENGTH);
        }
        return secret;
    }

    static String knownTypes() {
        return Arrays.stream(ErpEventType.values()).map(ErpEventType::typeName).collect(Collectors.joining(", "));
    }

    public boolean wants(ErpEventType type) {
        return active && getEventTypes().contains(type.typeName());
    }

    void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEventTypes() {
        return List.of(eventTypes.split(","));
    }

    String getSecretEncrypted() {
        return secretEncrypted;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
