package org.openprocure.catalog;

/** Where a catalog version is in its life: IMPORTING, then ACTIVE or REFUSED; an ACTIVE one becomes SUPERSEDED by the next. */
public enum CatalogVersionStatus {
    IMPORTING,
    ACTIVE,
    SUPERSEDED,
    REFUSED
}
