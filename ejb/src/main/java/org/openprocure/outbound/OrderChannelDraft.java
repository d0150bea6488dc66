package org.openprocure.outbound;

/**
 * A supplier's order channel as an administrator or buyer enters it. The endpoint URL is required
 * for CXML and UBL. The cXML identities are optional: a null one falls back to the supplier's
 * punch-out settings. A null shared secret keeps the stored one and an empty one removes it.
 */
public record OrderChannelDraft(String channel, String endpointUrl, String fromDomain, String fromIdentity, String toDomain,
                                String toIdentity, String senderDomain, String senderIdentity, String sharedSecret) {
}
