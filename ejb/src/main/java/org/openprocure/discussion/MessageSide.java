package org.openprocure.discussion;

/** The side of the order that wrote a message: the buying company's staff or the document's supplier. */
public enum MessageSide {
    BUYER,
    SUPPLIER
}
