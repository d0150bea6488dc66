package org.openprocure.integration;

import java.util.List;

/**
 * A subscription as an administrator sends it; {@link WebhookSubscription} checks each value.
 *
 * @param secret the shared HMAC key, at least 32 characters; stored encrypted and never returned
 */
public record WebhookSubscriptionDraft(String url, List<String> eventTypes, String secret) {
}
