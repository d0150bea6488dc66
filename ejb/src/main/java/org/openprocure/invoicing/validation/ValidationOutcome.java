package org.openprocure.invoicing.validation;

import java.util.List;

/**
 * The result of validating one document: the rule sets applied, each as its id and version
 * (for example eu.cen.en16931:ubl:1.3.16), and the failed assertions in the order reported.
 */
public record ValidationOutcome(List<String> ruleSets, List<RuleFailure> failures) {

    public ValidationOutcome {
        ruleSets = List.copyOf(ruleSets);
        failures = List.copyOf(failures);
    }

    public boolean hasErrors() {
        return failures.stream().anyMatch(failure -> failure.severity() == RuleSeverity.FATAL);
    }

    /** Returns the distinct ids of the fatal failures, in the order first reported. */
    public List<String> failedRuleIds() {
        return failures.stream()
                .filter(failure -> failure.severity() == RuleSeverity.FATAL)
                .map(RuleFailure::ruleId)
                .distinct()
                .toList();
    }
}
