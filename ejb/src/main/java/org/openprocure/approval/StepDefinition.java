package org.openprocure.approval;

import java.util.List;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * The step a rule adds: who approves, whether all of them or any one must approve, and the
 * position of the step. Steps run in ascending position, and steps at the same position run in
 * parallel. {@code users} is for {@link ApproverSource#USERS}, {@code group} for
 * {@link ApproverSource#GROUP}.
 */
public record StepDefinition(int position, ApproverSource approvers, List<String> users, String group, ApprovalMode mode) {

    public StepDefinition {
        users = RuleSetDefinition.copy(users);
    }

    void validate(String field, RuleSetDefinition ruleSet) {
        if (position < 1) {
            throw new InvalidInputException("error.notPositive", field + ".position", String.valueOf(position));
        }
        Inputs.requirePresent(approvers, field + ".approvers");
        Inputs.requirePresent(mode, field + ".mode");
        if (approvers == ApproverSource.USERS) {
            Inputs.requireEntries(users, field + ".users");
            for (int i = 0; i < users.size(); i++) {
                Inputs.requireText(users.get(i), field + ".users[" + i + "]", 255);
            }
        }
        if (approvers == ApproverSource.GROUP) {
            Inputs.requireText(group, field + ".group", 64);
            if (!ruleSet.groups().containsKey(group)) {
                throw new InvalidInputException("error.approvalRule.unknownGroup", field + ".group", group);
            }
        }
    }
}
