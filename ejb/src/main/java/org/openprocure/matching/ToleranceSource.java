package org.openprocure.matching;

/** Where the tolerances of a match came from, from the most specific to the most general. */
public enum ToleranceSource {
    /** Agreed with the order's supplier. */
    SUPPLIER,
    /** Set for the purchase category of the order line. */
    CATEGORY,
    /** The company's defaults, from the system properties {@code openprocure.match.*}. */
    COMPANY_DEFAULT
}
