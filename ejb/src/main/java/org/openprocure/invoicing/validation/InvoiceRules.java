package org.openprocure.invoicing.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.IValidationExecutorCacheSupport;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.france.FranceCTCValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.schematron.pure.bound.PSBoundSchemaCache;
import com.helger.schematron.sch.SchematronResourceSCHCache;
import com.helger.schematron.schxslt.xslt2.SchematronResourceSchXslt_XSLT2Cache;
import com.helger.schematron.schxslt2.xslt.SchematronResourceSchXslt2Cache;
import com.helger.schematron.xslt.SchematronResourceXSLTCache;
import com.helger.xml.schema.XMLSchemaCache;

/**
 * Runs the official Schematron rule sets on an invoice with phive: EN 16931 1.3.16 always, Peppol
 * BIS Billing 3 (release 2026.05) when the specification identifier (BT-24) claims it, and the
 * French CTC rules 1.3.0 when it claims a French profile. phive keeps each compiled XSLT in a
 * process-wide cache, so only the first document of a rule set pays for its compilation.
 * Instances are thread-safe.
 */
public final class InvoiceRules {

    static final String PEPPOL_BILLING = "urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    /** Marks the EXTENDED-CTC-FR profile in BT-24, as in urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr. */
    static final String FRENCH_EXTENDED_CTC = "extended-ctc-fr";
    /** NOTE: marks any French CTC profile in BT-24; the list of French BT-24 values was not checked against the French specification. */
    static final String FRENCH_CTC = "cpro.gouv.fr";
    /**
     * The Factur-X profiles MINIMUM and BASIC WL (BT-24), which carry no lines and so are not
     * EN 16931 invoices: no EN 16931 rule set applies, and the invoice waits for a person's review.
     */
    static final Set<String> PROFILES_WITHOUT_LINES = Set.of("urn:factur-x.eu:1p0:minimum", "urn:factur-x.eu:1p0:basicwl");
    /**
     * The Factur-X EXTENDED profile (BT-24), which extends the CII schema that the EN 16931 rule set
     * checks first; its own rules are not among those phive ships here, so it gets none.
     * NOTE: an EXTENDED invoice is therefore stored without validation.
     */
    static final String FACTUR_X_EXTENDED = "urn:factur-x.eu:1p0:extended";

    private static final Logger LOG = Logger.getLogger(InvoiceRules.class.getName());

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();

    public InvoiceRules() {
        EN16931Validation.initEN16931(registry);
        PeppolValidation2026_05.init(registry);
        FranceCTCValidation.initFranceCTC(registry);
    }

    /** Returns the ids of the rule sets that apply to the document, EN 16931 first. */
    List<DVRCoordinate> ruleSetsFor(InvoiceXml invoice) {
        String specification = invoice.specificationId().orElse("");
        List<DVRCoordinate> ruleSets = new ArrayList<>();
        switch (invoice.syntax()) {
            case UBL_INVOICE -> {
                ruleSets.add(EN16931Validation.VID_UBL_INVOICE_1316);
                if (specification.contains(PEPPOL_BILLING)) {
                    ruleSets.add(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
                }
                if (specification.contains(FRENCH_EXTENDED_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_EXTENDED_CTC_UBL_INV_1_3_0);
                } else if (specification.contains(FRENCH_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_CTC_UBL_INV_1_3_0);
                }
            }
            case UBL_CREDIT_NOTE -> {
                ruleSets.add(EN16931Validation.VID_UBL_CREDIT_NOTE_1316);
                if (specification.contains(PEPPOL_BILLING)) {
                    ruleSets.add(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
                }
                if (specification.contains(FRENCH_EXTENDED_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_EXTENDED_CTC_UBL_CN_1_3_0);
                } else if (specification.contains(FRENCH_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_CTC_UBL_CN_1_3_0);
                }
            }
            case CII -> {
                if (PROFILES_WITHOUT_LINES.contains(specification.strip()) || specification.contains(FACTUR_X_EXTENDED)) {
                    return ruleSets;
                }
                ruleSets.add(EN16931Validation.VID_CII_1316);
                if (specification.contains(FRENCH_EXTENDED_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_EXTENDED_CTC_CII_1_3_0);
                } else if (specification.contains(FRENCH_CTC)) {
                    ruleSets.add(FranceCTCValidation.VID_FR_CTC_CII_1_3_0);
                }
            }
        }
        return ruleSets;
    }

    /**
     * Compiles the EN 16931 rule sets of the three syntaxes and the Peppol invoice rules, and
     * returns their ids. The French rule sets compile on first use.
     */
    public List<String> compileMainRuleSets() {
        List<String> compiled = new ArrayList<>();
        for (DVRCoordinate id : List.of(EN16931Validation.VID_UBL_INVOICE_1316, EN16931Validation.VID_UBL_CREDIT_NOTE_1316,
                EN16931Validation.VID_CII_1316, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3)) {
            for (IValidationExecutor<IValidationSourceXML> executor : ruleSet(id).getAllExecutors()) {
                if (executor instanceof IValidationExecutorCacheSupport cached) {
                    cached.ensureItemIsInCache();
                }
            }
            compiled.add(id.getAsSingleID());
        }
        return compiled;
    }

    private IValidationExecutorSet<IValidationSourceXML> ruleSet(DVRCoordinate id) {
        IValidationExecutorSet<IValidationSourceXML> ruleSet = registry.getOfID(id);
        if (ruleSet == null) {
            throw new IllegalStateException("Rule set " + id.getAsSingleID() + " is not registered with phive");
        }
        return ruleSet;
    }

    /**
     * Empties the process-wide caches where phive keeps the compiled rule sets and schemas, about
     * 200 MB. Called when the application is undeployed: something outside the application can
     * keep its class loader reachable, and with it these caches, so each redeployment would
     * otherwise keep another copy.
     */
    public static void releaseCaches() {
        SchematronResourceXSLTCache.clearCache();
        SchematronResourceSCHCache.clearCache();
        SchematronResourceSchXslt_XSLT2Cache.clearCache();
        SchematronResourceSchXslt2Cache.clearCache();
        PSBoundSchemaCache.getInstance().clearCache();
        XMLSchemaCache.getInstance().clearCache();
        XMLSchemaCache.clearPerClassLoaderCache();
    }

    /** Validates the document against every rule set that applies to it. */
    public ValidationOutcome validate(InvoiceXml invoice) {
        List<String> applied = new ArrayList<>();
        // A set, because the Peppol rule set repeats some EN 16931 assertions.
        Set<RuleFailure> failures = new LinkedHashSet<>();
        for (DVRCoordinate id : ruleSetsFor(invoice)) {
            IValidationExecutorSet<IValidationSourceXML> ruleSet = ruleSet(id);
            long start = System.nanoTime();
            ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), ruleSet,
                    ValidationSourceXML.create(null, invoice.document()), Locale.ROOT);
            applied.add(id.getAsSingleID());
            for (ValidationResult result : results) {
                result.getErrorList().forEach(error -> failures.add(failureOf(error, result)));
            }
            LOG.fine(() -> "Rule set " + id.getAsSingleID() + " ran in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return new ValidationOutcome(applied, List.copyOf(failures));
    }

    private static RuleFailure failureOf(IError error, ValidationResult result) {
        RuleSeverity severity = error.getErrorLevel().isError() ? RuleSeverity.FATAL : RuleSeverity.WARNING;
        String ruleId = error.getErrorID();
        if (ruleId == null || ruleId.isBlank()) {
            ruleId = result.getValidationArtefact().getValidationType().getID().toUpperCase(Locale.ROOT);
        }
        return new RuleFailure(ruleId, severity, locationOf(error), error.getErrorText(Locale.ROOT));
    }

    /** Returns the XPath a Schematron assertion names, or the line and column of a schema error, or null. */
    private static String locationOf(IError error) {
        if (error.getErrorFieldName() != null) {
            return error.getErrorFieldName();
        }
        if (error.hasErrorLocation() && error.getErrorLocation().hasLineNumber()) {
            return "line " + error.getErrorLocation().getLineNumber() + ", column " + error.getErrorLocation().getColumnNumber();
        }
        return null;
    }
}
