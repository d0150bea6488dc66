package org.openprocure.invoicing.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * The validation report kept beside an invoice document: the rule sets applied and each failed
 * assertion. It is written once, when the document is received, and never changed.
 */
@Entity
@Table(name = "invoice_validation_report")
public class ValidationReport {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "validated_at", nullable = false)
    private Instant validatedAt = Instant.now();

    @Column(name = "rule_sets", nullable = false)
    private String ruleSets;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_validation_failure", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<Failure> failures = new ArrayList<>();

    protected ValidationReport() {
    }

    ValidationReport(long invoiceId, ValidationOutcome outcome) {
        this.invoiceId = invoiceId;
        this.ruleSets = String.join(",", outcome.ruleSets());
        for (RuleFailure failure : outcome.failures()) {
            failures.add(new Failure(failure));
            if (failure.severity() == RuleSeverity.FATAL) {
                errorCount++;
            } else {
                warningCount++;
            }
        }
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    /** Returns the ids and versions of the rule sets applied, EN 16931 first. */
    public List<String> getRuleSets() {
        return ruleSets.isEmpty() ? List.of() : Arrays.asList(ruleSets.split(","));
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getWarningCount() {
        return warningCount;
    }

    public List<RuleFailure> getFailures() {
        return failures.stream().map(Failure::toRuleFailure).toList();
    }

    /** One failed assertion as stored. */
    @Embeddable
    public static class Failure {

        @Column(name = "rule_id", nullable = false)
        private String ruleId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private RuleSeverity severity;

        @Column(name = "location")
        private String location;

        @Column(name = "message")
        private String message;

        protected Failure() {
        }

        Failure(RuleFailure failure) {
            this.ruleId = failure.ruleId();
            this.severity = failure.severity();
            this.location = failure.location();
            this.message = failure.text();
        }

        RuleFailure toRuleFailure() {
            return new RuleFailure(ruleId, severity, location, message);
        }
    }
}
