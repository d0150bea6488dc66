package org.openprocure.demoshop;

import java.util.List;

/**
 * The parts of a cXML PunchOutSetupRequest that the shop keeps.
 *
 * @param operation      create, edit or inspect
 * @param buyerCookie    the buyer's session token, echoed in the PunchOutOrderMessage
 * @param browserFormPost the URL the browser posts the cart to
 * @param itemsOut       for edit and inspect, the cart as the buyer has it
 * @param sharedSecret   the Sender's SharedSecret, or null when the request has none
 */
record CxmlSetupRequest(String payloadId, Credential from, Credential to, Credential sender, String sharedSecret, String operation,
                        String buyerCookie, String browserFormPost, List<CartLine> itemsOut) {

    /** A cXML Credential: its domain attribute and its Identity. */
    record Credential(String domain, String identity) {
    }
}
