package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.CxmlDocuments.DOMAIN;
import static org.openprocure.it.CxmlDocuments.IDENTITY;
import static org.openprocure.it.CxmlDocuments.SECRET;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SAMPLES;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
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

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Posts every order response, despatch advice, cXML ConfirmationRequest and cXML ShipNoticeRequest
 * of the samples folder ({@code samples.dir}) through the real endpoints, each after creating the supplier and the
 * order it references, and checks each outcome against sample-fulfilment-expected.tsv. UBL files go
 * unchanged to POST /api/order-responses or /api/despatch-advices as the supplier user. cXML files go
 * to the cXML endpoint with only the Sender credential replaced by the test supplier's credential.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleFulfilmentDocumentsIT {

    private static final String TABLE = "/sample-fulfilment-expected.tsv";
    private static final String VAT_ID = "FR23412345678";

    /** Root elements of the UBL documents the table must list. */
    private static final Pattern UBL_ROOT = Pattern.compile("<(?:[\\w.-]+:)?(OrderResponse|OrderResponseSimple|DespatchAdvice)[\\s>]");

    /** The credential in Header/Sender of a cXML sample: domain, identity and shared secret. */
    private static final Pattern SENDER_CREDENTIAL = Pattern.compile(
            "(<Sender>\\s*<Credential domain=\")[^\"]*(\">\\s*<Identity>)[^<]*(</Identity>\\s*<SharedSecret>)[^<]*(</SharedSecret>)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** One row of the table, with the columns that its header comment describes. */
    record Expected(String path, String supplierName, String orderNumber, String currency, String lines, String outcome, String effectOrKey,
            String comment) {

        static Expected parse(String line) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 7) {
                throw new IllegalArgumentException("A row needs at least 7 columns, separated by tabs: " + line);
            }
            return new Expected(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6],
                    columns.length > 7 ? columns[7] : "");
        }

        boolean cxml() {
            return path.startsWith("cxml/");
        }
    }

    static List<Expected> table() throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (InputStream in = SampleFulfilmentDocumentsIT.class.getResourceAsStream(TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Expected.parse(line));
                }
            }
        }
        return rows;
    }

    /** The reply to one posted file, reduced to what the checks need: success, and the error text when refused. */
    private record Outcome(boolean applied, String reply, String errorDetail) {
    }

    @Test
    void everySampleHasItsExpectedOutcome() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (Expected row : table()) {
            TestDatabase.clean();
            long supplierId = supplier(SOPHIE_COMPANY, row.supplierName(), VAT_ID);
            long orderId = id(importOrder(row.orderNumber(), supplierId, row.currency(), orderLines(row.lines())));
            byte[] file = Files.readAllBytes(SAMPLES.resolve(row.path()));

            Outcome outcome = row.cxml() ? postCxml(supplierId, file) : postUbl(row.path(), file);

            JsonObject order = BUYER.get("/api/purchase-orders/" + orderId).json();
            long stored = TestDatabase.count("select count(*) from inbound_document");
            long notices = BUYER.get("/api/purchase-orders/" + orderId + "/shipping-notices").array().size();
            switch (row.outcome()) {
                case "APPLIED" -> {
                    checks.add(() -> assertTrue(outcome.applied(), row.path() + ": expected APPLIED, got " + outcome.reply()));
                    checks.add(() -> assertEquals(1, stored, row.path() + ": an applied document is stored once"));
                    for (String effect : row.effectOrKey().split(";")) {
                        checks.add(() -> checkEffect(row.path(), effect.strip(), order));
                    }
                }
                case "REFUSED" -> {
                    checks.add(() -> assertFalse(outcome.applied(), row.path() + ": expected REFUSED, got " + outcome.reply()));
                    checks.add(() -> assertNotNull(outcome.errorDetail(), row.path() + ": expected an error text, got " + outcome.reply()));
                    checks.add(() -> assertTrue(englishMessage(row.effectOrKey()).matcher(String.valueOf(outcome.errorDetail())).find(),
                            row.path() + ": expected " + row.effectOrKey() + ", got " + outcome.errorDetail()));
                    checks.add(() -> assertEquals(0, stored, row.path() + ": a refused document stores nothing"));
                    checks.add(() -> assertEquals("ISSUED", order.getString("status"), row.path() + ": a refused document leaves the order as issued"));
                    checks.add(() -> assertEquals(0, notices, row.path() + ": a refused document records no shipping notice"));
                }
                default -> throw new IllegalArgumentException(row.path() + ": unknown outcome " + row.outcome());
            }
        }

        assertAll(checks);
    }

    /** Builds the order lines of a table cell such as "1 100 KGM 10.00;2 5 C62 1.00". */
    private static JsonObject[] orderLines(String cell) {
        List<JsonObject> lines = new ArrayList<>();
        for (String spec : cell.split(";")) {
            String[] parts = spec.strip().split(" ");
            lines.add(line(parts[0], "P-" + parts[0], "Line " + parts[0], parts[1], parts[2], parts[3]));
        }
        return lines.toArray(JsonObject[]::new);
    }

    private static Outcome postUbl(String path, byte[] file) {
        Matcher root = UBL_ROOT.matcher(withoutCommentsAndDeclarations(new String(file, StandardCharsets.UTF_8)));
        String address = root.find() && "DespatchAdvice".equals(root.group(1)) ? "/api/despatch-advices" : "/api/order-responses";

        Api.Reply reply = SUPPLIER.postXml(address, file);

        if (reply.status() == 201) {
            return new Outcome(true, reply.toString(), null);
        }
        boolean problem = reply.status() == 400 && reply.contentType().startsWith("application/problem+json");
        return new Outcome(false, path + " to " + address + ": " + reply, problem ? reply.json().getString("detail") : null);
    }

    private static Outcome postCxml(long supplierId, byte[] file) {
        Api.Reply set = BUYER.put("/api/suppliers/" + supplierId + "/cxml-credential", Json.createObjectBuilder()
                .add("domain", DOMAIN).add("identity", IDENTITY).add("sharedSecret", SECRET).build());
        assertEquals(200, set.status(), set.toString());
        Matcher sender = SENDER_CREDENTIAL.matcher(new String(file, StandardCharsets.UTF_8));
        assertTrue(sender.find(), "no Sender credential in the cXML sample");
        String document = sender.replaceFirst("$1" + DOMAIN + "$2" + IDENTITY + "$3" + SECRET + "$4");

        Api.Reply reply = Api.anonymous().postBytes("/api/cxml", "text/xml", document.getBytes(StandardCharsets.UTF_8));

        if (reply.status() != 200) {
            return new Outcome(false, reply.toString(), null);
        }
        Element status = cxmlStatus(reply.body());
        int code = Integer.parseInt(status.getAttribute("code"));
        return new Outcome(code == 200, "cXML Status " + code + " " + status.getTextContent(), code == 400 ? status.getTextContent() : null);
    }

    private static Element cxmlStatus(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
            return (Element) root.getElementsByTagName("Status").item(0);
        } catch (Exception e) {
            throw new AssertionError("Not a cXML Response: " + body, e);
        }
    }

    /** Checks one effect of the table, such as "status CONFIRMED", "note sample" or "line 1 shippedQuantity 90". */
    private static void checkEffect(String path, String effect, JsonObject order) {
        String[] words = effect.split(" ", 2);
        switch (words[0]) {
            case "status" -> assertEquals(words[1], order.getString("status"), path + ": order status");
            case "note" -> assertEquals(words[1], order.getString("supplierNote", null), path + ": supplier note of the order");
            case "line" -> {
                String[] parts = words[1].split(" ");
                JsonObject line = order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .filter(candidate -> parts[0].equals(candidate.getString("lineNumber")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(path + ": the order has no line " + parts[0]));
                BigDecimal actual = line.isNull(parts[1]) ? null : line.getJsonNumber(parts[1]).bigDecimalValue();
                assertNotNull(actual, path + ": " + parts[1] + " of line " + parts[0] + " is null, expected " + parts[2]);
                assertEquals(0, new BigDecimal(parts[2]).compareTo(actual),
                        path + ": " + parts[1] + " of line " + parts[0] + " is " + actual + ", expected " + parts[2]);
            }
            default -> throw new IllegalArgumentException(path + ": unknown effect " + effect);
        }
    }

    /** Returns a pattern that matches the English message of the key with any arguments, to tell which error a detail states. */
    private static Pattern englishMessage(String key) {
        Properties messages = new Properties();
        try (InputStream in = SampleFulfilmentDocumentsIT.class.getResourceAsStream("/org/openprocure/messages_en.properties")) {
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
    void tableListsEveryFulfilmentSample() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Expected row : table()) {
            listed.add(row.path());
        }
        Set<String> samples = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (isFulfilmentDocument(file)) {
                    samples.add(SAMPLES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }

        Set<String> missing = new TreeSet<>(samples);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "fulfilment samples missing from " + TABLE);
        assertEquals(10, samples.size(), "fulfilment samples found: " + samples);
    }

    private static boolean isFulfilmentDocument(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (text.contains("<cXML")) {
            return text.contains("<ShipNoticeRequest") || text.contains("<ConfirmationRequest");
        }
        return UBL_ROOT.matcher(withoutCommentsAndDeclarations(text)).find();
    }

    private static String withoutCommentsAndDeclarations(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "");
    }
}
