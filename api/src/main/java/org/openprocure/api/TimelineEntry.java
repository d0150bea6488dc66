package org.openprocure.api;

import java.time.Instant;
import java.util.List;

import org.openprocure.audit.AuditEntry;

/** One audit entry as the API returns it in a document's timeline. */
public record TimelineEntry(Instant at, String actor, String action, String detail) {

    public static List<TimelineEntry> of(List<AuditEntry> entries) {
        return entries.stream()
                .map(entry -> new TimelineEntry(entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getDetail()))
                .toList();
    }
}
