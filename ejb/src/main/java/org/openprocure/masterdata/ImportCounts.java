package org.openprocure.masterdata;

/** Counts of one import: entries received, records created, records updated. */
public record ImportCounts(String kind, int received, int created, int updated) {
}
