package org.openprocure.ledger;

/**
 * A general-ledger account as the ERP sends it; {@link GlAccount} checks each value.
 *
 * @param active false for a closed account; null means true
 */
public record GlAccountDraft(String code, String label, Boolean active) {
}
