package org.openprocure.discussion;

/** Which side of the order wrote a message: the buying company's staff or the document's supplier. */
public enum MessageSide {
    BUYER,
    SUPPLIER
}
