package org.openprocure.punchout.cxml;

/** A cXML Credential: the domain of the identity, such as NetworkID or DUNS, and the identity. */
public record CxmlCredential(String domain, String identity) {
}
