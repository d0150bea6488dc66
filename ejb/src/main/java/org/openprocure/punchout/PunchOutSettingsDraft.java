package org.openprocure.punchout;

import java.util.Map;

/**
 * Punch-out settings as an administrator sends them. A null shared secret or OCI PASSWORD keeps the
 * stored one, and an empty string removes it.
 *
 * @param protocol      CXML or OCI
 * @param url           the shop's punch-out URL (cXML) or catalog URL (OCI)
 * @param ociParameters the fields the catalog expects on the outbound call, such as USERNAME and PASSWORD
 */
public record PunchOutSettingsDraft(String protocol, String url, String fromDomain, String fromIdentity, String toDomain,
                                    String toIdentity, String senderDomain, String senderIdentity, String sharedSecret,
                                    Map<String, String> ociParameters) {
}
