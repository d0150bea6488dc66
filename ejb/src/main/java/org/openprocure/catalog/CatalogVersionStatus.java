package org.openprocure.catalog;

/**
 * The stages of a catalog version: IMPORTING, then ACTIVE, SCHEDULED (complete, but its
 * validFrom lies ahead) or REFUSED. A SCHEDULED version becomes ACTIVE on its validFrom, and an
 * ACTIVE or SCHEDULED one becomes SUPERSEDED when a later version takes its place.
 */
public enum CatalogVersionStatus {
    IMPORTING,
    ACTIVE,
    SCHEDULED,
    SUPERSEDED,
    REFUSED
}
