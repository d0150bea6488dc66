package org.openprocure.requisition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openprocure.platform.Settings;
import org.openprocure.shared.DutySegregationException;
import org.openprocure.shared.Money;
import org.openprocure.user.UserAccount;
import org.openprocure.user.UserAccountService;

/**
 * Decides whether a submitted requisition needs an approver, and whether an approver may decide on
 * it. It needs none when its total excluding VAT is below the automatic limit in the company
 * currency. A requisition with a line in another currency always goes to an approver, because no
 * exchange rate is applied. An approver decides only within the approval limit on their user
 * record in the product, never one carried by the token.
 */
@ApplicationScoped
public class ApprovalPolicy {

    /** The actor recorded on requisitions that the policy approved. */
    public static final String ACTOR = "approval-policy";

    @Inject
    private Settings settings;

    @Inject
    private UserAccountService users;

    public boolean approvesAutomatically(PurchaseRequisition requisition) {
        String currency = settings.companyCurrency();
        Money total = requisition.totalIn(currency);
        return total != null && total.isLessThan(new Money(settings.autoApprovalLimit(), currency));
    }

    /** Passes when the approver's limit covers the total under approval excluding VAT, in the limit's currency. */
    public void requireWithinLimit(PurchaseRequisition requisition, String approver) {
        UserAccount account = users.find(approver).orElse(null);
        if (account == null || account.getApprovalLimit() == null) {
            throw new DutySegregationException("error.approval.noLimit", requisition.getNumber());
        }
        Money limit = new Money(account.getApprovalLimit(), account.getApprovalCurrency());
        Money total = requisition.totalUnderApproval(limit.currency());
        if (total == null) {
            throw new DutySegregationException("error.approval.otherCurrency", requisition.getNumber(), limit.currency());
        }
        if (limit.isLessThan(total)) {
            throw new DutySegregationException("error.approval.overLimit", requisition.getNumber(), total.amount().toPlainString(),
                    limit.amount().toPlainString(), limit.currency());
        }
    }
}
