package org.openprocure.aftersales;

/** Reason for sending goods that the warehouse accepted back to the supplier. */
public enum ReturnReason {
    DEFECTIVE,
    WRONG_ITEM,
    DAMAGED,
    OTHER
}
