package org.openprocure.fulfilment.cxml;

import org.openprocure.punchout.cxml.XmlElement;

/**
 * The envelope of a posted cXML request: its payloadID, its language, the Sender credential with
 * its shared secret (null when absent), and the one element inside Request.
 */
public record CxmlRequest(String payloadId, String language, String senderDomain, String senderIdentity, String sharedSecret,
                          String deploymentMode, XmlElement body) {

    /** Returns the name of the request element, such as ConfirmationRequest. */
    public String type() {
        return body.name();
    }

    /** Returns the Sender credential as domain:identity, for logs and records; never the secret. */
    public String sender() {
        return senderDomain + ":" + senderIdentity;
    }

    @Override
    public String toString() {
        return "CxmlRequest[" + payloadId + ", " + type() + " from " + sender() + "]";
    }
}
