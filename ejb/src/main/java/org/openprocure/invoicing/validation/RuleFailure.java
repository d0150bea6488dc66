package org.openprocure.invoicing.validation;

/**
 * One failed assertion of a rule set: the rule id (for example BR-CO-10, or XSD for a schema
 * error), its severity, the XPath of the element it is about, and the rule's own text.
 */
public record RuleFailure(String ruleId, RuleSeverity severity, String location, String text) {
}
