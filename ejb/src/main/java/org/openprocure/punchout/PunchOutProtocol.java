package org.openprocure.punchout;

/** The protocol of a supplier's shop for taking the requester in and sending the cart back. */
public enum PunchOutProtocol {
    /** cXML: a server-to-server PunchOutSetupRequest, then a PunchOutOrderMessage posted by the browser. */
    CXML,
    /** SAP OCI 4.0/5.0: a browser form post to the catalog, then NEW_ITEM-… form fields posted back. */
    OCI
}
