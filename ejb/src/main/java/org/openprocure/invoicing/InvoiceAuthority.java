package org.openprocure.invoicing;

import java.math.BigDecimal;

import org.openprocure.shared.DutySegregationException;
import org.openprocure.user.UserAccount;

/**
 * Checks that a person's authority limit, the approval limit on their user record in the product,
 * covers an invoice's total excluding VAT in the invoice's currency. The token never carries a limit.
 */
final class InvoiceAuthority {

    private InvoiceAuthority() {
    }

    /**
     * Passes when the account's limit covers the invoice. Otherwise it raises the error of the given
     * key with .noLimit or .overLimit appended, whose arguments are the invoice number, the total,
     * the invoice currency, the limit and the limit currency.
     */
    static void require(UserAccount account, SupplierInvoice invoice, String errorKey) {
        if (account == null || account.getApprovalLimit() == null) {
            throw new DutySegregationException(errorKey + ".noLimit", invoice.getNumber());
        }
        BigDecimal total = invoice.getTotalWithoutVat() == null ? BigDecimal.ZERO : invoice.getTotalWithoutVat();
        if (!account.getApprovalCurrency().equals(invoice.getCurrency()) || total.compareTo(account.getApprovalLimit()) > 0) {
            throw new DutySegregationException(errorKey + ".overLimit", invoice.getNumber(), twoDecimalsAtLeast(total),
                    String.valueOf(invoice.getCurrency()), account.getApprovalLimit().toPlainString(), account.getApprovalCurrency());
        }
    }

    private static String twoDecimalsAtLeast(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
