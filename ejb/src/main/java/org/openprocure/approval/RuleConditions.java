package org.openprocure.approval;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * When a rule applies. Every condition that is given must hold, and an absent or empty one holds
 * for every requisition. The amount range is from {@code minAmount} included to {@code maxAmount}
 * excluded, on the total excluding VAT in the company currency. A list condition holds when at
 * least one line of the requisition has one of the listed values.
 */
public record RuleConditions(BigDecimal minAmount, BigDecimal maxAmount, List<String> costCentres, List<String> categories,
                             List<Long> supplierIds) {

    public static final RuleConditions ALWAYS = new RuleConditions(null, null, null, null, null);

    public RuleConditions {
        costCentres = RuleSetDefinition.copy(costCentres);
        categories = RuleSetDefinition.copy(categories);
        supplierIds = RuleSetDefinition.copy(supplierIds);
    }

    /** Checks the values and names the first bad one with its position, such as rules[2].when.maxAmount. */
    void validate(String field) {
        if (minAmount != null) {
            Inputs.requireNotNegative(minAmount, field + ".minAmount");
        }
        if (maxAmount != null) {
            Inputs.requirePositive(maxAmount, field + ".maxAmount");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) >= 0) {
            throw new InvalidInputException("error.approvalRule.emptyRange", field, minAmount.toPlainString(), maxAmount.toPlainString());
        }
        for (int i = 0; i < costCentres.size(); i++) {
            Inputs.requireCode(costCentres.get(i), field + ".costCentres[" + i + "]");
        }
        for (int i = 0; i < categories.size(); i++) {
            Inputs.requireCode(categories.get(i), field + ".categories[" + i + "]");
        }
        for (int i = 0; i < supplierIds.size(); i++) {
            Inputs.requirePresent(supplierIds.get(i), field + ".supplierIds[" + i + "]");
        }
    }

    /**
     * Returns whether the requisition meets every condition. A requisition whose total is unknown,
     * because a line is in another currency, meets every amount range, so it collects every step
     * that an amount would add rather than skipping one.
     */
    public boolean matches(RequisitionFacts facts) {
        return withinAmount(facts) && overlaps(costCentres, facts.costCentres()) && overlaps(categories, facts.categories())
                && overlaps(supplierIds, facts.supplierIds());
    }

    private boolean withinAmount(RequisitionFacts facts) {
        if (facts.total() == null) {
            return true;
        }
        BigDecimal total = facts.total().amount();
        boolean aboveMinimum = minAmount == null || total.compareTo(minAmount) >= 0;
        boolean belowMaximum = maxAmount == null || total.compareTo(maxAmount) < 0;
        return aboveMinimum && belowMaximum;
    }

    private static <T> boolean overlaps(List<T> required, Set<T> present) {
        return required.isEmpty() || !Collections.disjoint(required, present);
    }
}
