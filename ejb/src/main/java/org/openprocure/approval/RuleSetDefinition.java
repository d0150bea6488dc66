package org.openprocure.approval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * The rules of an approval circuit, the groups they name, and the fallback group. Every rule whose
 * conditions hold adds its step, in the order of the rules.
 *
 * <p>The requester never approves their own requisition: they are dropped from every step. A step
 * left without approvers, such as a cost centre that the requester owns, goes to the fallback group
 * instead, whose members decide as ANY. A requisition that no rule matches goes to the fallback
 * group too. The fallback group needs at least two members, so that it keeps an approver when the
 * requester is one of them. Deadlines, when given, send reminders and escalate steps left open.
 */
public record RuleSetDefinition(List<ApprovalRule> rules, Map<String, List<String>> groups, String fallbackGroup,
                                ApprovalDeadlines deadlines) {

    /** The rule name recorded on the step of a requisition that no rule matched. */
    public static final String NO_MATCHING_RULE = "no matching rule";

    private static final int MIN_FALLBACK_MEMBERS = 2;

    public RuleSetDefinition {
        rules = copy(rules);
        groups = groups == null ? Map.of() : copyOf(groups);
    }

    /**
     * Reads a rule set written as JSON, such as the text of the portal's editor. Throws an
     * {@link InvalidInputException} with the parser's message when the text is not JSON of this shape.
     */
    public static RuleSetDefinition fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("error.missing", "rules");
        }
        try {
            return IndentedJson.JSONB.fromJson(json, RuleSetDefinition.class);
        } catch (JsonbException e) {
            throw new InvalidInputException("error.approvalRule.json", e.getMessage());
        }
    }

    /** Writes the rule set as indented JSON, the same shape that {@link #fromJson} reads. */
    public String toIndentedJson() {
        return IndentedJson.JSONB.toJson(this);
    }

    /** Checks every value and names the first bad one with its position, such as rules[2].step.group. */
    public RuleSetDefinition validated() {
        Inputs.requireEntries(rules, "rules");
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            String field = "groups." + group.getKey();
            Inputs.requireCode(group.getKey(), "groups");
            Inputs.requireEntries(group.getValue(), field);
            for (int i = 0; i < group.getValue().size(); i++) {
                Inputs.requireText(group.getValue().get(i), field + "[" + i + "]", 255);
            }
        }
        Inputs.requireText(fallbackGroup, "fallbackGroup", 64);
        List<String> fallbackMembers = groups.get(fallbackGroup);
        if (fallbackMembers == null) {
            throw new InvalidInputException("error.approvalRule.unknownGroup", "fallbackGroup", fallbackGroup);
        }
        if (Set.copyOf(fallbackMembers).size() < MIN_FALLBACK_MEMBERS) {
            throw new InvalidInputException("error.approvalRule.smallFallback", fallbackGroup, String.valueOf(MIN_FALLBACK_MEMBERS));
        }
        if (deadlines != null) {
            deadlines.validate(this);
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ApprovalRule rule = rules.get(i);
            rule.validate("rules[" + i + "]", this);
            if (!names.add(rule.name().strip())) {
                throw new InvalidInputException("error.approvalRule.duplicateName", "rules[" + i + "].name", rule.name());
            }
        }
        return this;
    }

    /** Returns the requisition's chain: its steps ordered by position, then by the order of their rules. */
    public List<PlannedStep> chainFor(RequisitionFacts facts) {
        return chainFor(facts, null);
    }

    /**
     * Returns the chain for a change to one of the requisition's orders. The buyer who asked for
     * the change is dropped from every step like the requester, unless that would leave the
     * fallback group empty.
     */
    public List<PlannedStep> chainFor(RequisitionFacts facts, String changeRequester) {
        Set<String> excluded = new LinkedHashSet<>(List.of(facts.requester()));
        if (changeRequester != null) {
            excluded.add(changeRequester);
        }
        List<PlannedStep> chain = new ArrayList<>();
        for (ApprovalRule rule : rules) {
            if (rule.when().matches(facts)) {
                chain.add(plan(rule, facts, excluded));
            }
        }
        if (chain.isEmpty()) {
            chain.add(fallback(1, NO_MATCHING_RULE, facts, excluded));
        }
        chain.sort(Comparator.comparingInt(PlannedStep::position));
        return chain;
    }

    private PlannedStep plan(ApprovalRule rule, RequisitionFacts facts, Set<String> excluded) {
        StepDefinition step = rule.step();
        Set<String> approvers = new LinkedHashSet<>(candidates(step, facts));
        approvers.removeAll(excluded);
        if (approvers.isEmpty()) {
            return fallback(step.position(), rule.name(), facts, excluded);
        }
        return new PlannedStep(step.position(), rule.name(), step.mode(), List.copyOf(approvers), false);
    }

    private List<String> candidates(StepDefinition step, RequisitionFacts facts) {
        return switch (step.approvers()) {
            case USERS -> step.users();
            case GROUP -> groups.get(step.group());
            case COST_CENTRE_OWNER -> facts.costCentres().stream()
                    .sorted()
                    .map(code -> facts.costCentreOwners().get(code))
                    .filter(owner -> owner != null)
                    .toList();
        };
    }

    /** Returns the members of the escalation group, or of the fallback group when the deadlines name none. */
    public List<String> escalationApprovers() {
        String group = deadlines == null || deadlines.escalationGroup() == null ? fallbackGroup : deadlines.escalationGroup();
        return groups.get(group);
    }

    private PlannedStep fallback(int position, String rule, RequisitionFacts facts, Set<String> excluded) {
        Set<String> approvers = new LinkedHashSet<>(groups.get(fallbackGroup));
        approvers.removeAll(excluded);
        if (approvers.isEmpty()) {
            // NOTE: a two-member fallback group made of the requester and the buyer keeps the buyer, who may then approve their own change.
            approvers.addAll(groups.get(fallbackGroup));
            approvers.remove(facts.requester());
        }
        return new PlannedStep(position, rule, ApprovalMode.ANY, List.copyOf(approvers), true);
    }

    /** The JSON-B instance, created on first use because plain unit tests run without a JSON-B provider. */
    private static final class IndentedJson {

        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
    }

    /** Returns an unmodifiable copy that keeps null entries, so that validation can name them; null becomes empty. */
    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> groups) {
        Map<String, List<String>> copy = new TreeMap<>();
        groups.forEach((name, members) -> copy.put(name, copy(members)));
        return copy;
    }
}
