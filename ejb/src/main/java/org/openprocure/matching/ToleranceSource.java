package org.openprocure.matching;

/** Origin of the tolerances a match applied, from the most specific to the most general. */
public enum ToleranceSource {
    /** Agreed with the order's supplier. */
    SUPPLIER,
    /** Set for the purchase category of the order line. */
    CATEGORY,
    /** The company's defaults, from the system properties {@code openprocure.match.*}. */
    COMPANY_DEFAULT
}
