package org.openprocure.requisition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openprocure.platform.Settings;
import org.openprocure.shared.Money;

/**
 * Decides whether a submitted requisition needs an approver. It does not when its total
 * excluding VAT is below the limit in the company currency. A requisition with a line in another
 * currency always goes to an approver, because no exchange rate is applied.
 */
@ApplicationScoped
public class ApprovalPolicy {

    /** The actor recorded on requisitions that the policy approved. */
    public static final String ACTOR = "approval-policy";

    @Inject
    private Settings settings;

    public boolean approvesAutomatically(PurchaseRequisition requisition) {
        String currency = settings.companyCurrency();
        Money total = requisition.totalIn(currency);
        return total != null && total.isLessThan(new Money(settings.autoApprovalLimit(), currency));
    }
}
