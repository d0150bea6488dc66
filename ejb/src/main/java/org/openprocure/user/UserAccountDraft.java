package org.openprocure.user;

import java.math.BigDecimal;

/** A user record as an administrator or the ERP sends it; {@link UserAccount} checks each value. */
public record UserAccountDraft(String username, String displayName, String email, String preferredLanguage, BigDecimal approvalLimit,
        String approvalCurrency) {
}
