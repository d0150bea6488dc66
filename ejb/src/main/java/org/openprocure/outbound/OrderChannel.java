package org.openprocure.outbound;

/** The channel on which a supplier receives its purchase orders. */
public enum OrderChannel {
    /** The supplier reads its orders in the supplier portal; nothing is sent. */
    PORTAL,
    /** A printable PDF in the supplier's language, attached to an e-mail to its contact address. */
    EMAIL,
    /** An HTTP POST of a cXML OrderRequest to the supplier's URL. */
    CXML,
    /** An HTTP POST of a Peppol BIS Order 3 UBL document to the supplier's URL. */
    UBL;

    /** Returns whether deliveries on this channel are HTTP POSTs to an endpoint URL. */
    public boolean postsOverHttp() {
        return this == CXML || this == UBL;
    }
}
