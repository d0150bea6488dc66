package org.openprocure.invoicing.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The official EN 16931, Peppol and French rule sets run by phive on the shared sample invoices. */
class InvoiceRulesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    private static final Path AKRETION = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures/xml");
    private static final Path MUSTANG = SAMPLES.resolve("facturx-zugferd-cii/ZUGFeRD-mustangproject/validator/src/test/resources");
    private static final Path PH_UBL = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl/invoice");

    /** One instance for the class, so that the rule sets compile once, as on the server. */
    private static final InvoiceRules RULES = new InvoiceRules();

    private static InvoiceXml parse(Path file) throws IOException {
        return InvoiceXml.parse(Files.readAllBytes(file)).orElseThrow();
    }

    private static ValidationOutcome validate(Path file) throws IOException {
        return RULES.validate(parse(file));
    }

    @Test
    void frenchUblSampleValid() throws IOException {
        ValidationOutcome outcome = validate(AKRETION.resolve("ubl-21-en16931.xml"));

        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16"), outcome.ruleSets());
        assertFalse(outcome.hasErrors(), outcome.failures().toString());
        assertEquals(List.of(), outcome.failures());
    }

    @Test
    void frenchCiiSampleValid() throws IOException {
        ValidationOutcome outcome = validate(AKRETION.resolve("factur-x-en16931.xml"));

        assertEquals(List.of("eu.cen.en16931:cii:1.3.16"), outcome.ruleSets());
        assertFalse(outcome.hasErrors(), outcome.failures().toString());
    }

    @Test
    void ciiWrongPayableNamesBrCo16() throws IOException {
        ValidationOutcome outcome = validate(MUSTANG.resolve("invalidXRV30.xml"));

        assertTrue(outcome.hasErrors());
        assertEquals(List.of("BR-CO-16"), outcome.failedRuleIds());
        RuleFailure failure = outcome.failures().get(0);
        assertEquals(RuleSeverity.FATAL, failure.severity());
        assertTrue(failure.location().contains("SpecifiedTradeSettlementHeaderMonetarySummation"), failure.location());
        assertTrue(failure.text().contains("BR-CO-16"), failure.text());
    }

    @Test
    void ciiThreeDecimalsNamesBrDec23() throws IOException {
        assertEquals(List.of("BR-DEC-23"), validate(MUSTANG.resolve("invalidXRV30_BR-DEC-23.xml")).failedRuleIds());
    }

    @Test
    void ciiMinimumProfileGetsNoRuleSet() throws IOException {
        ValidationOutcome outcome = validate(AKRETION.resolve("factur-x-minimum.xml"));

        assertEquals(List.of(), outcome.ruleSets(), "MINIMUM carries no lines, so EN 16931 does not apply");
        assertEquals(List.of(), outcome.failedRuleIds());
    }

    @Test
    void ciiBasicWlProfileGetsNoRuleSet() throws IOException {
        assertEquals(List.of(), validate(AKRETION.resolve("factur-x-basicwl.xml")).ruleSets());
    }

    @Test
    void ciiEnProfileGetsEn16931() throws IOException {
        assertEquals(List.of("eu.cen.en16931:cii:1.3.16"), validate(AKRETION.resolve("factur-x-en16931.xml")).ruleSets());
    }

    @Test
    void ciiSchemaErrorNamedXsd() throws IOException {
        ValidationOutcome outcome = validate(MUSTANG.resolve("invalidV2.xml"));

        assertEquals(List.of("XSD"), outcome.failedRuleIds());
        assertTrue(outcome.failures().get(0).location() == null || outcome.failures().get(0).location().startsWith("line "),
                outcome.failures().get(0).toString());
    }

    @Test
    void phUblNegativeCaseRejected() throws IOException {
        List<String> failed = validate(PH_UBL.resolve("ERR-10 BII04 minimal VAT invoice example 01.xml")).failedRuleIds();

        assertTrue(failed.contains("BR-CO-14"), failed.toString());
    }

    @Test
    void oasisExampleLacksEn16931Fields() throws IOException {
        List<String> failed = validate(PH_UBL.resolve("UBL-Invoice-2.0-Example.xml")).failedRuleIds();

        assertTrue(failed.contains("BR-06"), "no buyer name: " + failed);
        assertTrue(failed.contains("BR-CO-16"), failed.toString());
    }

    @Test
    void peppolClaimAddsPeppolRules() throws IOException {
        ValidationOutcome outcome = validate(SAMPLES.resolve("facturx-zugferd-cii/ZUGFeRD-mustangproject/library/src/test/resources/ubl/BT-128.ubl.xml"));

        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16", "eu.peppol.bis3:invoice:2026.5"), outcome.ruleSets());
        assertTrue(outcome.failedRuleIds().contains("PEPPOL-EN16931-R120"), outcome.failedRuleIds().toString());
        assertTrue(outcome.failedRuleIds().contains("BR-CO-10"), outcome.failedRuleIds().toString());
    }

    @Test
    void frenchExtendedClaimAddsFrenchRules() throws IOException {
        ValidationOutcome outcome = validate(AKRETION.resolve("ubl-21-extended-ctc-fr.xml"));

        assertEquals(List.of("eu.cen.en16931:ubl:1.3.16", "fr.ctc:extended-ubl-invoice:1.3"), outcome.ruleSets());
        assertFalse(outcome.hasErrors(), outcome.failures().toString());
        assertTrue(outcome.failures().stream().allMatch(failure -> failure.severity() == RuleSeverity.WARNING));
    }

    @Test
    void creditNoteUsesCreditNoteRules() throws IOException {
        ValidationOutcome outcome = validate(MUSTANG.resolve("ubl-tc434-creditnote1.xml"));

        assertEquals(List.of("eu.cen.en16931:ubl-creditnote:1.3.16"), outcome.ruleSets());
        assertFalse(outcome.hasErrors(), outcome.failures().toString());
    }

    @Test
    void notAnInvoiceNotValidated() {
        assertTrue(InvoiceXml.parse("not xml".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(InvoiceXml.parse("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(InvoiceXml.parse(new byte[0]).isEmpty());
    }

    @Test
    void doctypeNeverParsed() {
        String withEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>
                """;

        assertTrue(InvoiceXml.parse(withEntity.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void headerReadWithoutBinding() throws IOException {
        DocumentHeader ubl = DocumentHeader.of(parse(AKRETION.resolve("ubl-21-en16931.xml")));
        DocumentHeader cii = DocumentHeader.of(parse(AKRETION.resolve("factur-x-en16931.xml")));

        assertEquals("F124212", ubl.number());
        assertEquals("EUR", ubl.currency());
        assertFalse(ubl.creditNote());
        assertEquals("EUR", cii.currency());
        assertNotNull(cii.number());
        assertFalse(cii.number().isBlank());
        assertTrue(cii.issueDate().isAfter(LocalDate.of(2000, 1, 1)));
        assertNotNull(cii.sellerVatId(), "the CII seller VAT id");
    }
}
