package org.openprocure.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

class ApprovalStepTest {

    private static ApprovalStep openStep(ApprovalMode mode, String... approvers) {
        ApprovalStep step = new ApprovalStep(1L, 1, new PlannedStep(1, "rule", mode, List.of(approvers), false));
        step.open();
        return step;
    }

    @Test
    void allStepWaitsForEveryone() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc", "nadia");

        assertFalse(step.approve("marc", Set.of("marc"), null));
        assertEquals(List.of("nadia"), step.pendingApprovers());
        assertTrue(step.approve("nadia", Set.of("nadia"), null));
        assertEquals(ApprovalStepStatus.APPROVED, step.getStatus());
    }

    @Test
    void anyStepClosesOtherTasks() {
        ApprovalStep step = openStep(ApprovalMode.ANY, "agnes", "paul");

        assertTrue(step.approve("paul", Set.of("paul"), null));
        assertEquals(ApprovalTaskStatus.CLOSED, step.getTasks().get(0).getStatus());
        assertEquals(List.of(), step.pendingApprovers());
    }

    @Test
    void delegateDecidesForDelegator() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc");

        assertEquals(List.of("marc"), step.openApproversAmong(Set.of("paul", "marc")));
        assertTrue(step.approve("paul", Set.of("paul", "marc"), null));
        assertEquals("marc", step.getTasks().get(0).getApprover());
        assertEquals("paul", step.getTasks().get(0).getDecidedBy());
    }

    @Test
    void rejectionRejectsStep() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc", "nadia");

        step.reject("nadia", Set.of("nadia"), "Budget gelé");

        assertEquals(ApprovalStepStatus.REJECTED, step.getStatus());
        assertEquals(ApprovalTaskStatus.CLOSED, step.getTasks().get(0).getStatus());
        assertEquals(ApprovalTaskStatus.REJECTED, step.getTasks().get(1).getStatus());
        assertEquals("Budget gelé", step.getTasks().get(1).getComment());
    }

    @Test
    void approvalKeepsItsComment() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc", "nadia");

        step.approve("marc", Set.of("marc"), "OK pour le trimestre");

        assertEquals("OK pour le trimestre", step.getTasks().get(0).getComment());
        assertEquals(null, step.getTasks().get(1).getComment(), "an open task has no comment");
    }

    @Test
    void auditDetailJoinsComment() {
        assertEquals("step 1, comment: OK", ApprovalCircuitService.withComment("step 1", "OK"));
        assertEquals("comment: OK", ApprovalCircuitService.withComment(null, "OK"));
        assertEquals("step 1", ApprovalCircuitService.withComment("step 1", null));
    }

    @Test
    void escalationApproverCompletesAllStep() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc", "nadia");
        Instant later = step.getOpenedAt().plus(Duration.ofDays(3));
        assertTrue(step.isDueForEscalation(Duration.ofDays(2), later));

        List<String> added = step.escalate(List.of("nadia", "agnes"), later);

        assertEquals(List.of("agnes"), added, "nadia already has a task");
        assertFalse(step.isDueForEscalation(Duration.ofDays(2), later), "a step escalates once");
        assertTrue(step.approve("agnes", Set.of("agnes"), null));
    }

    @Test
    void reminderWaitsForDelay() {
        ApprovalStep step = openStep(ApprovalMode.ALL, "marc", "nadia");
        Instant opened = step.getOpenedAt();

        assertEquals(0, step.tasksToRemind(Duration.ofHours(48), opened.plus(Duration.ofHours(47))).size());
        List<ApprovalTask> due = step.tasksToRemind(Duration.ofHours(48), opened.plus(Duration.ofHours(48)));
        assertEquals(2, due.size());
        due.get(0).reminded(opened.plus(Duration.ofHours(48)));
        assertEquals(1, step.tasksToRemind(Duration.ofHours(48), opened.plus(Duration.ofHours(49))).size(), "one reminder per task");
    }

    @Test
    void deadlinesNeedIsoDurations() {
        RuleSetDefinition ruleSet = ruleSet(new ApprovalDeadlines("two days", null, null));

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("The field \"deadlines.remindAfter\" contains \"two days\", which is not a positive ISO-8601 duration.", error.getMessage());
    }

    @Test
    void escalationComesAfterReminder() {
        RuleSetDefinition ruleSet = ruleSet(new ApprovalDeadlines("P2D", "P1D", null));

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("error.approvalRule.escalationBeforeReminder", error.messageKey());
    }

    @Test
    void escalationGroupDefaultsToFallback() {
        RuleSetDefinition ruleSet = ruleSet(new ApprovalDeadlines("P2D", "P4D", null)).validated();

        assertEquals(List.of("agnes", "paul"), ruleSet.escalationApprovers());
    }

    private static RuleSetDefinition ruleSet(ApprovalDeadlines deadlines) {
        return new RuleSetDefinition(List.of(new ApprovalRule("manager", null,
                new StepDefinition(1, ApproverSource.COST_CENTRE_OWNER, null, null, ApprovalMode.ALL))),
                java.util.Map.of("management-control", List.of("agnes", "paul")), "management-control", deadlines);
    }
}
