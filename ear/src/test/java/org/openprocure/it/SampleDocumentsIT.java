package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.SAMPLES;
import static org.openprocure.it.Fixtures.UBL_ORDER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Posts every invoice and credit note of the shared samples folder, unchanged, through
 * POST /api/invoices, and checks each outcome against sample-invoices-expected.tsv. The other
 * tests check each syntax and each kind of hostile or broken input one by one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleDocumentsIT {

    private static final String TABLE = "/sample-invoices-expected.tsv";
    private static final int MANAGEMENT_PORT = Integer.getInteger("test.management.port", 9990);
    private static final Path FACTUR_X = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures");
    private static final Path CXML_INVOICES = SAMPLES.resolve("cxml/officeluv-cxml/spec/fixtures");
    private static final Path UBL_EN16931 = FACTUR_X.resolve("xml/ubl-21-en16931.xml");

    /** Root elements of the documents the table must list: UBL invoices and credit notes, CII and ZUGFeRD 1 invoices. */
    private static final Pattern INVOICE_ROOT = Pattern.compile(
            "<(?:[\\w.-]+:)?(Invoice|CreditNote|DebitNote|SelfBilledCreditNote|CrossIndustryInvoice|CrossIndustryDocument|myinvoice)[\\s>]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startFromNoData() {
        TestDatabase.clean();
    }

    /** One row of the table: the file, STORED or REFUSED, the total with VAT or the error key, and a comment. */
    record Expected(String path, String outcome, String totalOrError, String comment) {

        static Expected parse(String line) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 3) {
                throw new IllegalArgumentException("A row needs at least path, outcome and total or error: " + line);
            }
            return new Expected(columns[0], columns[1], columns[2], columns.length > 3 ? columns[3] : "");
        }
    }

    static List<Expected> table() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = SampleDocumentsIT.class.getResourceAsStream(TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Expected.parse(line));
                }
            }
        }
        return rows;
    }

    @Test
    void everySampleHasItsExpectedOutcome() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (Expected row : table()) {
            TestDatabase.clean();
            Path file = SAMPLES.resolve(row.path());
            byte[] body = Files.readAllBytes(file);
            Api.Reply reply = ACCOUNTS_PAYABLE.postBytes("/api/invoices", contentType(file), body);
            checks.add(() -> check(row, reply));
            if ("REFUSED".equals(row.outcome())) {
                long stored = TestDatabase.count("select count(*) from supplier_invoice");
                checks.add(() -> assertEquals(0, stored, row.path() + ": a refused document stores nothing"));
            }
            if ("REJECTED".equals(row.outcome())) {
                long kept = TestDatabase.count("select count(*) from supplier_invoice where status = 'REJECTED'");
                checks.add(() -> assertEquals(1, kept, row.path() + ": a rejected document is kept, in status REJECTED"));
            }
        }

        assertAll(checks);
    }

    private static String contentType(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "application/xml";
    }

    private static void check(Expected row, Api.Reply reply) {
        switch (row.outcome()) {
            case "STORED" -> {
                assertEquals(201, reply.status(), row.path() + ": " + reply);
                if (!"-".equals(row.totalOrError())) {
                    BigDecimal total = reply.json().getJsonNumber("totalWithVat").bigDecimalValue();
                    assertEquals(0, new BigDecimal(row.totalOrError()).compareTo(total), row.path() + ": total with VAT " + total);
                }
            }
            case "REFUSED" -> {
                assertEquals(400, reply.status(), row.path() + ": " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), row.path() + ": " + reply.contentType());
                String detail = reply.json().getString("detail");
                assertTrue(englishMessage(row.totalOrError()).matcher(detail).matches(), row.path() + ": expected " + row.totalOrError() + ", got " + detail);
            }
            case "REJECTED" -> {
                assertEquals(422, reply.status(), row.path() + ": " + reply);
                List<String> failedRules = reply.json().getJsonArray("failedRules").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
                assertTrue(failedRules.contains(row.totalOrError()), row.path() + ": expected rule " + row.totalOrError() + " among " + failedRules);
            }
            default -> throw new IllegalArgumentException(row.path() + ": unknown outcome " + row.outcome());
        }
    }

    /** Returns a pattern that matches the English message of the key with any arguments, to tell which error a detail states. */
    private static Pattern englishMessage(String key) {
        Properties messages = new Properties();
        try (InputStream in = SampleDocumentsIT.class.getResourceAsStream("/org/openprocure/messages_en.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the English messages", e);
        }
        String message = messages.getProperty(key);
        if (message == null) {
            throw new IllegalArgumentException("No English message for the key " + key);
        }
        StringBuilder pattern = new StringBuilder();
        for (String part : message.replace("''", "'").split("\\{\\d+\\}", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append(".*");
            }
            pattern.append(Pattern.quote(part));
        }
        return Pattern.compile(pattern.toString(), Pattern.DOTALL);
    }

    @Test
    void tableListsEveryInvoiceSample() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Expected row : table()) {
            listed.add(row.path());
        }
        Set<String> invoices = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (isInvoice(file)) {
                    invoices.add(SAMPLES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }

        invoices.removeAll(listed);
        assertEquals(Set.of(), invoices, "invoice samples missing from " + TABLE);
    }

    private static boolean isInvoice(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return true;
        }
        if (!name.endsWith(".xml")) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (text.contains("<cXML")) {
            return text.contains("<InvoiceDetailRequest");
        }
        Matcher root = INVOICE_ROOT.matcher(text.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", ""));
        return root.find() && !text.contains("SCRDMCCBDACIOMessageStructure");
    }

    @Test
    void facturXPdfIsStoredAsReceived() throws IOException {
        byte[] pdf = Files.readAllBytes(FACTUR_X.resolve("pdf/invoice_EN16931.pdf"));

        Api.Reply reply = ACCOUNTS_PAYABLE.postBytes("/api/invoices", "application/pdf", pdf);

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("Factur-X EN 16931", reply.json().getString("documentFormat"));
        assertEquals("urn:cen.eu:en16931:2017", reply.json().getString("profile"));
        assertEquals(3, reply.json().getJsonArray("lines").size());
        assertArrayEquals(pdf, ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + id(reply.json()) + "/document"));
    }

    @Test
    void ciiBaseQuantityDividesPrice() {
        long supplierId = supplier("Le Fournisseur", "FR11123456782");
        JsonObject order = importOrder("PO201925478", supplierId, "EUR",
                line("1", "ART_1254", "Article 1", "1", "C62", "60.00"),
                line("2", "ART_3698", "Article 3", "1", "C62", "7.00"),
                line("3", "ART_9874", "Article 2", "3", "C62", "10.00"));
        receive(id(order), "1", "1", "2", "1", "3", "3");

        long invoiceId = Fixtures.postInvoice(FACTUR_X.resolve("xml/factur-x-en16931.xml"));
        JsonArray lines = ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getJsonArray("lines");
        JsonObject perThree = lines.getJsonObject(1);

        assertEquals("3", perThree.getString("orderLineNumber"));
        assertEquals("MATCHED", perThree.getString("outcome"), perThree.toString());
        assertEquals(0, BigDecimal.TEN.compareTo(perThree.getJsonNumber("invoiceUnitPrice").bigDecimalValue()), "30.00 for 3 units is 10.00 each");
    }

    @Test
    void headerOnlyInvoiceWaitsForReview() {
        long supplierId = supplier("Le Fournisseur", "FR11123456782");
        importOrder("PO201925478", supplierId, "EUR", line("1", "ART_1254", "Article 1", "1", "C62", "100.00"));

        long invoiceId = Fixtures.postInvoice(FACTUR_X.resolve("xml/factur-x-basicwl.xml"));
        JsonObject invoice = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
        JsonObject review = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/match").json();
        JsonObject french = ACCOUNTS_PAYABLE.inLanguage("fr-FR").get("/api/invoices/" + invoiceId + "/match").json();

        assertEquals("HEADER_ONLY_REVIEW", invoice.getString("status"));
        assertTrue(invoice.getBoolean("headerOnly"));
        assertEquals(0, invoice.getJsonArray("lines").size());
        assertEquals("HEADER_ONLY", review.getString("reason"));
        assertEquals(0, review.getInt("runCount"));
        assertEquals("This CII D16B invoice has no lines, by its profile, so it is not matched line by line. "
                + "Compare its totals with order PO201925478, then accept it for payment or open a dispute.", review.getString("message"));
        assertTrue(french.getString("message").startsWith("Cette facture CII D16B n'a pas de lignes"), french.getString("message"));

        Fixtures.approvalLimit("agnes", "1000.00");
        Api.Reply accepted = ACCOUNTS_PAYABLE.post("/api/invoices/" + invoiceId + "/discrepancy-acceptance",
                Json.createObjectBuilder().add("reason", "Totals agree with the order").build());
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("DISCREPANCY_ACCEPTED", accepted.json().getString("status"));
    }

    @Test
    void cxmlInvoiceOfSeveralOrders() throws IOException {
        byte[] body = Files.readAllBytes(CXML_INVOICES.resolve("invoice_backed_by_multiple_pos.xml"));

        Api.Reply reply = ACCOUNTS_PAYABLE.postBytes("/api/invoices", "text/xml", body);

        assertEquals(201, reply.status(), reply.toString());
        assertEquals("cXML", reply.json().getString("documentFormat"));
        assertEquals("2252", reply.json().getJsonArray("lines").getJsonObject(0).getString("orderReference"));
        assertEquals("2253", reply.json().getJsonArray("lines").getJsonObject(1).getString("orderReference"));
    }

    @Test
    void ublCreditNoteIsOneCredit() throws IOException {
        Path creditNote = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl/creditnote/UBL-CreditNote-2.1-Example.xml");

        Api.Reply reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", Files.readAllBytes(creditNote));

        // The OASIS example breaks EN 16931 rules (BR-CO-15 among them), so it is kept as rejected, read as it was written.
        assertEquals(422, reply.status(), reply.toString());
        JsonObject kept = ACCOUNTS_PAYABLE.get("/api/invoices/" + reply.json().getJsonNumber("invoiceId").longValue()).json();
        assertEquals("CREDIT_NOTE", kept.getString("kind"));
        assertEquals(0, new BigDecimal("1729").compareTo(kept.getJsonNumber("totalWithVat").bigDecimalValue()), "positive, as written");
        assertEquals(0, BigDecimal.ONE.compareTo(kept.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").bigDecimalValue()));
    }

    @Test
    void malformedXmlIsRejectedAndNothingStored() {
        Api.Reply reply = Fixtures.SUPPLIER.postXml("/api/invoices", "<Invoice><ID>1</Invoice>".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.json().getString("detail").contains("not well-formed XML (line 1"), reply.body());
        assertFalse(reply.json().getString("fix").isBlank());
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    @Test
    void orderDocumentIsRejectedByItsRoot() throws IOException {
        Api.Reply reply = Fixtures.SUPPLIER.postXml("/api/invoices", Files.readAllBytes(UBL_ORDER));

        assertEquals(400, reply.status());
        assertEquals("The root element is {urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order, which is not an invoice in a syntax OpenProcure reads.",
                reply.json().getString("detail"));
        assertTrue(reply.json().getString("fix").contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"));
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
        assertEquals(0, TestDatabase.count("select count(*) from invoice_document"));
    }

    @Test
    void entityExpansionIsRejected() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&b;</Invoice>";

        Api.Reply reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", laughs.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").startsWith("The document declares a DOCTYPE before its root element Invoice"), reply.body());
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    @Test
    void decimalCommaIsRejectedNamingElement() throws IOException {
        String invoice = Files.readString(UBL_EN16931).replace("<cbc:InvoicedQuantity unitCode=\"C62\">20</cbc:InvoicedQuantity>",
                "<cbc:InvoicedQuantity unitCode=\"C62\">2,5</cbc:InvoicedQuantity>");

        Api.Reply reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", invoice.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The element cbc:InvoicedQuantity holds \"2,5\", which is not a decimal number with a point as decimal separator.",
                reply.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    @Test
    void undeclaredLatin1IsRejectedAtItsByte() throws IOException {
        String invoice = Files.readString(UBL_EN16931);
        byte[] body = invoice.getBytes(StandardCharsets.ISO_8859_1);
        int offset = invoice.chars().takeWhile(character -> character < 0x80).toArray().length;

        Api.Reply reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", body);

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").startsWith("The document is not valid UTF-8 at byte " + offset + " "), reply.body());
        assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
    }

    @Test
    void declaredLatin1AndByteOrderMarkAreAccepted() throws IOException {
        String latin1 = Files.readString(UBL_EN16931).replace("encoding='UTF-8'", "encoding='ISO-8859-1'")
                .replace("Au bon moulin", "Au bon moulin à café");
        byte[] utf8 = Files.readAllBytes(Fixtures.FRENCH_EN16931_INVOICE);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        Api.Reply latin1Reply = ACCOUNTS_PAYABLE.postXml("/api/invoices", latin1.getBytes(StandardCharsets.ISO_8859_1));
        TestDatabase.clean();
        Api.Reply bomReply = ACCOUNTS_PAYABLE.postXml("/api/invoices", withBom);

        assertEquals(201, latin1Reply.status(), latin1Reply.toString());
        assertEquals("Au bon moulin à café", latin1Reply.json().getString("sellerName"));
        assertEquals(201, bomReply.status(), bomReply.toString());
    }

    @Test
    void bodyAboveLimitGets413() throws IOException {
        byte[] pdf = Files.readAllBytes(FACTUR_X.resolve("pdf/invoice_EN16931.pdf"));
        setInvoiceMaxBytes("100000");
        try {
            Api.Reply reply = ACCOUNTS_PAYABLE.postBytes("/api/invoices", "application/pdf", pdf);

            assertEquals(413, reply.status(), reply.toString());
            assertEquals("The document has " + pdf.length + " bytes, above the limit of 100000 bytes.", reply.json().getString("detail"));
            assertTrue(reply.json().getString("fix").contains("openprocure.invoice.max-bytes"), reply.body());
            assertEquals(0, TestDatabase.count("select count(*) from supplier_invoice"));
        } finally {
            setInvoiceMaxBytes(null);
        }
    }

    /** Sets the size limit on the running server, or removes it when the value is null. */
    private static void setInvoiceMaxBytes(String value) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", MANAGEMENT_PORT)) {
            ModelNode address = Operations.createAddress("system-property", "openprocure.invoice.max-bytes");
            ModelNode operation = value == null ? Operations.createRemoveOperation(address) : Operations.createAddOperation(address);
            if (value != null) {
                operation.get("value").set(value);
            }
            ModelNode result = client.execute(operation);
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        }
    }

    @Test
    void pdfContentTypeWithXmlBodyIsRejected() throws IOException {
        Api.Reply reply = ACCOUNTS_PAYABLE.postBytes("/api/invoices", "application/pdf", Files.readAllBytes(UBL_EN16931));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").startsWith("The body is declared application/pdf but does not start with %PDF-"), reply.body());
    }
}
