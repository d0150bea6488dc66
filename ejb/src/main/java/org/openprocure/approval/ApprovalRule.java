package org.openprocure.approval;

import org.openprocure.shared.Inputs;

/** A named rule: when its conditions hold for a requisition, it adds its step to the requisition's chain. */
public record ApprovalRule(String name, RuleConditions when, StepDefinition step) {

    public ApprovalRule {
        when = when == null ? RuleConditions.ALWAYS : when;
    }

    void validate(String field, RuleSetDefinition ruleSet) {
        Inputs.requireText(name, field + ".name", 255);
        when.validate(field + ".when");
        Inputs.requirePresent(step, field + ".step");
        step.validate(field + ".step", ruleSet);
    }
}
