package org.openprocure.masterdata;

/** What an import did: entries received, records created, records updated. */
public record ImportCounts(String kind, int received, int created, int updated) {
}
