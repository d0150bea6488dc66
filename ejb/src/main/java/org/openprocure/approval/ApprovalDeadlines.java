package org.openprocure.approval;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.openprocure.shared.InvalidInputException;

/**
 * How long an open step may wait, as ISO-8601 durations such as P2D or PT4H, counted from the
 * moment the step opened. After {@code remindAfter} each approver who has not decided gets a
 * reminder. After {@code escalateAfter} the members of the escalation group (the fallback group
 * when none is named) join the step, and the first of them to approve completes it. Either
 * delay may be left out.
 */
public record ApprovalDeadlines(String remindAfter, String escalateAfter, String escalationGroup) {

    void validate(RuleSetDefinition ruleSet) {
        Duration reminder = duration(remindAfter, "deadlines.remindAfter");
        Duration escalation = duration(escalateAfter, "deadlines.escalateAfter");
        if (reminder != null && escalation != null && escalation.compareTo(reminder) <= 0) {
            throw new InvalidInputException("error.approvalRule.escalationBeforeReminder", escalateAfter, remindAfter);
        }
        if (escalationGroup != null && !ruleSet.groups().containsKey(escalationGroup)) {
            throw new InvalidInputException("error.approvalRule.unknownGroup", "deadlines.escalationGroup", escalationGroup);
        }
    }

    /** Returns the reminder delay, or null when the rule set sends no reminders. */
    public Duration reminderDelay() {
        return duration(remindAfter, "deadlines.remindAfter");
    }

    /** Returns the escalation delay, or null when the rule set never escalates. */
    public Duration escalationDelay() {
        return duration(escalateAfter, "deadlines.escalateAfter");
    }

    private static Duration duration(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration duration = Duration.parse(text.strip());
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidInputException("error.approvalRule.duration", field, text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.approvalRule.duration", field, text);
        }
    }
}
