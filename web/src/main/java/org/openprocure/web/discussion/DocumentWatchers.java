package org.openprocure.web.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The users who opened a page of each document recently, so that a push about a document goes only
 * to users who passed its access check. An entry lasts {@link #LIFETIME} after the user's last page
 * request for that document; a page open longer receives no more pushes until it is reloaded.
 * NOTE: the registry is in this server's memory, so on a cluster a change reaches only the open
 * pages served by the node where it committed.
 */
@ApplicationScoped
public class DocumentWatchers {

    /** How long a page view counts as open without another request; a work day, so pages left open still refresh. */
    static final Duration LIFETIME = Duration.ofHours(10);

    private final Map<String, Map<String, Instant>> watchers = new ConcurrentHashMap<>();

    /** Records that the user has a page of this document open, and removes expired entries. */
    public void watch(String documentKey, String username) {
        Instant now = Instant.now();
        watchers.computeIfAbsent(documentKey, key -> new ConcurrentHashMap<>()).put(username, now);
        forgetBefore(now.minus(LIFETIME));
    }

    /** Returns the users with a page of this document open. */
    public Set<String> watching(String documentKey) {
        Instant oldest = Instant.now().minus(LIFETIME);
        return watchers.getOrDefault(documentKey, Map.of()).entrySet().stream()
                .filter(entry -> entry.getValue().isAfter(oldest))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void forgetBefore(Instant oldest) {
        watchers.values().forEach(users -> users.values().removeIf(seen -> seen.isBefore(oldest)));
        watchers.values().removeIf(Map::isEmpty);
    }
}
