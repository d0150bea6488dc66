package org.openprocure.fulfilment;

/** The XML vocabulary of a received document. */
public enum DocumentSyntax {
    CXML,
    UBL
}
