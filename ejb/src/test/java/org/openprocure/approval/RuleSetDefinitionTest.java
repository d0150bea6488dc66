package org.openprocure.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprocure.shared.InvalidInputException;
import org.openprocure.shared.Money;

class RuleSetDefinitionTest {

    private static final long STRATEGIC_SUPPLIER = 42;

    private static final Map<String, String> OWNERS = Map.of(
            "CC-ACCUEIL", "marc", "CC-IT", "nadia", "CC-COMPTA", "agnes", "CC-STOCK", "rachid");

    /** A circuit as a mid-sized company runs it: manager, IT lead, management control, purchasing director. */
    private static final RuleSetDefinition COMPANY = new RuleSetDefinition(List.of(
            new ApprovalRule("cost centre manager", null,
                    new StepDefinition(1, ApproverSource.COST_CENTRE_OWNER, null, null, ApprovalMode.ALL)),
            new ApprovalRule("IT purchases", new RuleConditions(null, null, null, List.of("IT"), null),
                    new StepDefinition(1, ApproverSource.USERS, List.of("nadia"), null, ApprovalMode.ANY)),
            new ApprovalRule("management control", new RuleConditions(new BigDecimal("10000"), null, null, null, null),
                    new StepDefinition(2, ApproverSource.GROUP, null, "management-control", ApprovalMode.ANY)),
            new ApprovalRule("strategic supplier", new RuleConditions(null, null, null, null, List.of(STRATEGIC_SUPPLIER)),
                    new StepDefinition(3, ApproverSource.USERS, List.of("olga", "victor"), null, ApprovalMode.ALL)),
            new ApprovalRule("small warehouse purchases", new RuleConditions(null, new BigDecimal("1000"), List.of("CC-STOCK"), null, null),
                    new StepDefinition(1, ApproverSource.USERS, List.of("bruno"), null, ApprovalMode.ANY))),
            Map.of("management-control", List.of("agnes", "paul")),
            "management-control", null).validated();

    /**
     * Each expected chain lists its steps as position, rule, mode and approvers; a step that went
     * to the fallback group ends with "fallback". Cost centres, categories and suppliers are
     * separated by spaces, and "-" is an unknown total (a line in another currency).
     */
    @ParameterizedTest(name = "{0} asks {1} on {2} {3} {4} → {5}")
    @CsvSource(delimiter = '|', value = {
            "claire | 800.00   | CC-ACCUEIL       |         | 7  | 1 cost centre manager ALL marc",
            "claire | 800.00   | CC-ACCUEIL CC-IT | IT      | 7  | 1 cost centre manager ALL marc nadia; 1 IT purchases ANY nadia",
            "claire | 9999.99  | CC-ACCUEIL       |         | 7  | 1 cost centre manager ALL marc",
            "claire | 10000.00 | CC-ACCUEIL       |         | 7  | 1 cost centre manager ALL marc; 2 management control ANY agnes paul",
            "claire | 25000.00 | CC-ACCUEIL       | IT      | 42 | 1 cost centre manager ALL marc; 1 IT purchases ANY nadia; 2 management control ANY agnes paul; 3 strategic supplier ALL olga victor",
            "claire | 500.00   | CC-ACCUEIL       | OFFICE  | 42 | 1 cost centre manager ALL marc; 3 strategic supplier ALL olga victor",
            "claire | -        | CC-ACCUEIL       |         | 7  | 1 cost centre manager ALL marc; 2 management control ANY agnes paul",
            "claire | 999.99   | CC-STOCK         |         | 7  | 1 cost centre manager ALL rachid; 1 small warehouse purchases ANY bruno",
            "claire | 1000.00  | CC-STOCK         |         | 7  | 1 cost centre manager ALL rachid",
            "nadia  | 800.00   | CC-IT            | IT      | 7  | 1 cost centre manager ANY agnes paul fallback; 1 IT purchases ANY agnes paul fallback",
            "agnes  | 20000.00 | CC-COMPTA        |         | 7  | 1 cost centre manager ANY paul fallback; 2 management control ANY paul",
            "marc   | 800.00   | CC-ACCUEIL CC-IT |         | 7  | 1 cost centre manager ALL nadia",
            "bruno  | 200.00   | CC-STOCK         |         | 7  | 1 cost centre manager ALL rachid; 1 small warehouse purchases ANY agnes paul fallback",
            "claire | 800.00   | CC-UNKNOWN       |         | 7  | 1 cost centre manager ANY agnes paul fallback",
    })
    void chainFollowsRules(String requester, String total, String costCentres, String categories, String suppliers, String expected) {
        RequisitionFacts facts = new RequisitionFacts(requester, "-".equals(total) ? null : new Money(new BigDecimal(total), "EUR"),
                words(costCentres), words(categories),
                words(suppliers).stream().map(Long::valueOf).collect(Collectors.toSet()), OWNERS);

        List<PlannedStep> chain = COMPANY.chainFor(facts);

        assertEquals(expected, describe(chain));
        assertTrue(chain.stream().noneMatch(step -> step.approvers().contains(requester)), "the requester approves nothing");
        assertTrue(chain.stream().noneMatch(step -> step.approvers().isEmpty()), "every step has an approver");
    }

    @Test
    void unmatchedRequisitionGoesToFallback() {
        RuleSetDefinition itOnly = new RuleSetDefinition(List.of(COMPANY.rules().get(1)), COMPANY.groups(), "management-control", null).validated();

        List<PlannedStep> chain = itOnly.chainFor(facts("paul", "CC-ACCUEIL", "OFFICE"));

        assertEquals("1 no matching rule ANY agnes fallback", describe(chain));
    }

    @Test
    void changeRequesterApprovesNothing() {
        RequisitionFacts facts = new RequisitionFacts("claire", new Money(new BigDecimal("999.99"), "EUR"), Set.of("CC-STOCK"), Set.of(),
                Set.of(7L), OWNERS);

        List<PlannedStep> chain = COMPANY.chainFor(facts, "bruno");

        assertEquals("1 cost centre manager ALL rachid; 1 small warehouse purchases ANY agnes paul fallback", describe(chain));
    }

    @Test
    void fallbackKeepsChangeRequesterAsLastResort() {
        List<PlannedStep> chain = COMPANY.chainFor(facts("agnes", "CC-COMPTA", "OFFICE"), "paul");

        assertEquals("1 cost centre manager ANY paul fallback", describe(chain));
    }

    @Test
    void parallelStepsShareTheirPosition() {
        List<PlannedStep> chain = COMPANY.chainFor(facts("claire", "CC-ACCUEIL", "IT"));

        assertEquals(List.of(1, 1), chain.stream().map(PlannedStep::position).toList());
        assertFalse(chain.get(0).fallback());
    }

    @Test
    void unknownGroupIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> withRule(
                new StepDefinition(1, ApproverSource.GROUP, null, "purchasing-board", ApprovalMode.ANY)));

        assertEquals("error.approvalRule.unknownGroup", error.messageKey());
        assertEquals("The field \"rules[0].step.group\" names the group \"purchasing-board\", which the rule set does not define.",
                error.getMessage());
    }

    @Test
    void namedUsersAreRequired() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> withRule(
                new StepDefinition(1, ApproverSource.USERS, List.of(), null, ApprovalMode.ALL)));

        assertEquals("The field \"rules[0].step.users\" is missing or empty.", error.getMessage());
    }

    @Test
    void positionStartsAtOne() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> withRule(
                new StepDefinition(0, ApproverSource.COST_CENTRE_OWNER, null, null, ApprovalMode.ALL)));

        assertEquals("error.notPositive", error.messageKey());
    }

    @Test
    void missingModeIsNamed() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> withRule(
                new StepDefinition(1, ApproverSource.COST_CENTRE_OWNER, null, null, null)));

        assertEquals("The field \"rules[0].step.mode\" is missing or empty.", error.getMessage());
    }

    @Test
    void emptyAmountRangeIsRejected() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(List.of(new ApprovalRule("range",
                new RuleConditions(new BigDecimal("5000"), new BigDecimal("5000"), null, null, null),
                new StepDefinition(1, ApproverSource.COST_CENTRE_OWNER, null, null, ApprovalMode.ALL))),
                COMPANY.groups(), "management-control", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("error.approvalRule.emptyRange", error.messageKey());
    }

    @Test
    void fallbackNeedsTwoMembers() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(COMPANY.rules(),
                Map.of("management-control", List.of("agnes", "paul"), "alone", List.of("agnes", "agnes")), "alone", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("error.approvalRule.smallFallback", error.messageKey());
    }

    @Test
    void undefinedFallbackIsNamed() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(COMPANY.rules(), COMPANY.groups(), "board", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("The field \"fallbackGroup\" names the group \"board\", which the rule set does not define.", error.getMessage());
    }

    @Test
    void ruleNamesAreUnique() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(List.of(COMPANY.rules().get(0), COMPANY.rules().get(0)),
                COMPANY.groups(), "management-control", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("The field \"rules[1].name\" repeats the rule name \"cost centre manager\".", error.getMessage());
    }

    @Test
    void nullRuleIsNamed() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(Arrays.asList(COMPANY.rules().get(0), null), COMPANY.groups(), "management-control", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("error.nullEntry", error.messageKey());
    }

    @Test
    void emptyRuleSetIsRejected() {
        RuleSetDefinition ruleSet = new RuleSetDefinition(null, COMPANY.groups(), "management-control", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, ruleSet::validated);

        assertEquals("The field \"rules\" is missing or empty.", error.getMessage());
    }

    private static void withRule(StepDefinition step) {
        new RuleSetDefinition(List.of(new ApprovalRule("only", null, step)), COMPANY.groups(), "management-control", null).validated();
    }

    private static RequisitionFacts facts(String requester, String costCentre, String category) {
        return new RequisitionFacts(requester, new Money(new BigDecimal("800.00"), "EUR"), Set.of(costCentre), Set.of(category),
                Set.of(7L), OWNERS);
    }

    private static Set<String> words(String text) {
        return text == null || text.isBlank() ? Set.of() : Set.of(text.strip().split("\\s+"));
    }

    private static String describe(List<PlannedStep> chain) {
        return chain.stream()
                .map(step -> step.position() + " " + step.rule() + " " + step.mode() + " " + String.join(" ", step.approvers())
                        + (step.fallback() ? " fallback" : ""))
                .collect(Collectors.joining("; "));
    }
}
