package org.openprocure.aftersales;

/** Remedy the buyer expects from the supplier for returned goods. */
public enum ReturnRemedy {
    /** A credit note that takes the returned quantity back from the order line. */
    CREDIT_NOTE,
    /** The same quantity delivered again, and posted as a new goods receipt on the order line. */
    REPLACEMENT
}
