package org.openprocure.user;

import java.math.BigDecimal;

/**
 * A user's approval limit as the ERP sends it.
 *
 * @param approvalLimit the largest requisition total excluding VAT the user may approve; null removes the limit
 */
public record ApprovalLimitDraft(String username, BigDecimal approvalLimit, String approvalCurrency) {
}
