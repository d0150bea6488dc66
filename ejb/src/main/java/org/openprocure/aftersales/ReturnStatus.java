package org.openprocure.aftersales;

/**
 * Status of a return. OPEN until credit notes or replacement deliveries on its order line cover
 * its whole quantity, which makes it CREDITED or REPLACED; a buyer may cancel an OPEN return.
 */
public enum ReturnStatus {
    OPEN,
    CREDITED,
    REPLACED,
    CANCELLED
}
