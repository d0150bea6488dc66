package org.openprocure.punchout;

import java.util.Locale;

/** The cXML punch-out operation: a new cart, a cart to change, or a cart to look at only. */
public enum PunchOutOperation {
    CREATE,
    EDIT,
    INSPECT;

    /** Returns the value of the operation attribute, such as create. */
    public String cxmlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
