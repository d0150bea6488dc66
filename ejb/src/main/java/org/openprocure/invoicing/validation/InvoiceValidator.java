package org.openprocure.invoicing.validation;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;

/**
 * Validates inbound invoice documents against EN 16931 and the rule sets they claim. One instance
 * serves the whole application, and it compiles the main rule sets in the background at startup,
 * so that the first invoice received does not wait for the XSLT compilation.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvoiceValidator {

    private static final Logger LOG = Logger.getLogger(InvoiceValidator.class.getName());

    private final InvoiceRules rules = new InvoiceRules();

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void compileInBackground() {
        executor.submit(this::compile);
    }

    @PreDestroy
    void releaseCompiledRules() {
        InvoiceRules.releaseCaches();
        LOG.info("Released the compiled invoice rule sets");
    }

    private void compile() {
        try {
            long start = System.nanoTime();
            List<String> compiled = rules.compileMainRuleSets();
            LOG.info(() -> "Compiled the invoice rule sets " + compiled + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compiling the invoice rule sets in the background failed; the first invoice compiles them", e);
        }
    }

    /**
     * Validates the document when it is a UBL 2.1 Invoice or CreditNote or a CII
     * CrossIndustryInvoice, and returns empty for anything else, including bytes that are not
     * well-formed XML or that declare a DOCTYPE.
     */
    public Optional<ValidatedDocument> validate(byte[] body) {
        Optional<InvoiceXml> invoice = InvoiceXml.parse(body);
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        ValidationOutcome outcome = rules.validate(invoice.get());
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Validated a " + invoice.get().syntax() + " document against " + outcome.ruleSets() + " in " + millis
                + " ms: " + outcome.failedRuleIds().size() + " failed rule(s), " + outcome.failures().size() + " failure(s) in all");
        return Optional.of(new ValidatedDocument(outcome, DocumentHeader.of(invoice.get())));
    }

    /** A validated document: the outcome, and the header values that identify it. */
    public record ValidatedDocument(ValidationOutcome outcome, DocumentHeader header) {
    }
}
