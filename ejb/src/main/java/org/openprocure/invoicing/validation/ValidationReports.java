package org.openprocure.invoicing.validation;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores and finds the validation reports of invoice documents. */
@Stateless
@PermitAll
public class ValidationReports {

    @PersistenceContext
    private EntityManager entityManager;

    public ValidationReport record(long invoiceId, ValidationOutcome outcome) {
        ValidationReport report = new ValidationReport(invoiceId, outcome);
        entityManager.persist(report);
        return report;
    }

    /** Returns the report of the invoice; callers check first that the caller may see the invoice. */
    public Optional<ValidationReport> find(long invoiceId) {
        return Optional.ofNullable(entityManager.find(ValidationReport.class, invoiceId));
    }
}
