package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * A document-level charge or allowance as the comparison reads it: one the invoice carries
 * (EN 16931 BG-20 and BG-21), or one the order foresaw.
 *
 * @param charge     true for a charge, false for an allowance
 * @param reasonCode UNCL5189 code of an allowance (BT-98) or UNCL7161 code of a charge (BT-105), or null
 * @param reason     the reason as text (BT-97, BT-104), or null
 * @param amount     the amount without VAT (BT-92, BT-99), or null when the document left it out
 */
public record ChargeFacts(boolean charge, String reasonCode, String reason, BigDecimal amount) {
}
