import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the order-to-match chain through the REST API of a running OpenProcure. It imports
 * orders, posts their goods receipts and then their UBL invoices, one request at a time as one
 * client would send them. It then waits until the message-driven match has run on every invoice,
 * and times list pages at the start and further in. It prints one line per figure.
 *
 * <pre>java benchmark/MatchBenchmark.java http://127.0.0.1:8280/openprocure 1000</pre>
 */
public class MatchBenchmark {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("/(\\d+)$");
    private static final Pattern RUN_COUNT = Pattern.compile("\"runCount\":(\\d+)");
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([A-Z_]+)\"");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    /** Access tokens live 300 s in the demo realm; one is reused for at most 200 s. */
    private static final long TOKEN_REUSE_NANOS = Duration.ofSeconds(200).toNanos();

    private final String base;
    private final String realm;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenTimes = new HashMap<>();

    private MatchBenchmark(String base, String realm) {
        this.base = base;
        this.realm = realm;
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 3) {
            System.err.println("usage: java MatchBenchmark.java BASE_URL INVOICE_COUNT REALM_URL");
            System.exit(2);
        }
        new MatchBenchmark(arguments[0], arguments[2]).measure(Integer.parseInt(arguments[1]));
    }

    private void measure(int count) throws Exception {
        long supplier = created(send("bruno", "POST", "/api/suppliers", """
                {"code":"BENCH-%s","name":"Benchmark supplier %s","vatId":"FRB%s","countryCode":"FR"}""".formatted(run, run, run),
                "application/json"));

        List<Long> imports = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            orders.add(created(send("bruno", "POST", "/api/purchase-orders", order(i, supplier), "application/json")));
            imports.add(System.nanoTime() - start);
        }
        List<Long> receipts = new ArrayList<>();
        for (long order : orders) {
            long start = System.nanoTime();
            send("rachid", "POST", "/api/purchase-orders/" + order + "/goods-receipts", """
                    {"lines":[{"lineNumber":"1","receivedQuantity":10},{"lineNumber":"2","receivedQuantity":5}]}""", "application/json");
            receipts.add(System.nanoTime() - start);
        }
        List<Long> posts = new ArrayList<>();
        List<Long> invoices = new ArrayList<>();
        long firstPost = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            invoices.add(created(send("agnes", "POST", "/api/invoices", invoice(i), "application/xml")));
            posts.add(System.nanoTime() - start);
        }
        long lastPost = System.nanoTime();
        int matched = 0;
        for (long invoice : invoices) {
            matched += awaitMatch(invoice).equals("MATCHED") ? 1 : 0;
        }
        long allMatched = System.nanoTime();

        print("invoices", count);
        print("order import, median ms", median(imports));
        print("goods receipt, median ms", median(receipts));
        print("invoice post (read, store, link, queue), median ms", median(posts));
        print("invoice post, 95th percentile ms", percentile(posts, 95));
        print("invoices matched per second, from first post to last match", count / seconds(allMatched - firstPost));
        print("last match after last post, ms", (allMatched - lastPost) / 1e6);
        print("invoices matched", matched);
        print("first page of 50 invoices, median ms", pageMillis(0));
        print("page 20 of 50 invoices, median ms", pageMillis(20));
    }

    private double pageMillis(int page) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            send("agnes", "GET", "/api/invoices?page=" + page + "&size=50", null, null);
            times.add(System.nanoTime() - start);
        }
        return median(times);
    }

    private String awaitMatch(long invoice) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String match = send("agnes", "GET", "/api/invoices/" + invoice + "/match", null, null).body();
            Matcher runs = RUN_COUNT.matcher(match);
            if (runs.find() && Integer.parseInt(runs.group(1)) > 0) {
                Matcher outcome = OUTCOME.matcher(match);
                return outcome.find() ? outcome.group(1) : "";
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Invoice " + invoice + " was not matched within 5 minutes");
    }

    private String order(int i, long supplier) {
        return """
                {"number":"BENCH-%s-%d","supplierId":%d,"currency":"EUR","lines":[
                 {"lineNumber":"1","supplierPartNumber":"PAPER-A4","description":"Papier A4","quantity":10,"unitCode":"C62","unitPrice":4.20,"vatRate":20},
                 {"lineNumber":"2","supplierPartNumber":"CAFE-1KG","description":"Café en grains","quantity":5,"unitCode":"KGM","unitPrice":18.50,"vatRate":5.5}]}"""
                .formatted(run, i, supplier);
    }

    /** Returns a two-line EN 16931 invoice for order i: 10 × 4.20 at 20 % and 5 × 18.50 at 5.5 %. */
    private String invoice(int i) {
        return """
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
                  <cbc:ID>FB-%1$s-%2$d</cbc:ID><cbc:IssueDate>2026-12-01</cbc:IssueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                  <cac:OrderReference><cbc:ID>BENCH-%1$s-%2$d</cbc:ID></cac:OrderReference>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cac:PostalAddress><cbc:CityName>Lyon</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyTaxScheme><cbc:CompanyID>FRB%1$s</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Benchmark supplier</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cbc:CityName>Nantes</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Benchmark buyer</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">13.49</cbc:TaxAmount>
                    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">42.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">8.40</cbc:TaxAmount>
                      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
                    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">92.50</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">5.09</cbc:TaxAmount>
                      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.5</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
                  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">134.50</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="EUR">134.50</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">147.99</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="EUR">147.99</cbc:PayableAmount></cac:LegalMonetaryTotal>
                  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>
                    <cbc:LineExtensionAmount currencyID="EUR">42.00</cbc:LineExtensionAmount><cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>
                    <cac:Item><cbc:Name>Papier A4</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>
                      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                    <cac:Price><cbc:PriceAmount currencyID="EUR">4.20</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
                  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="KGM">5</cbc:InvoicedQuantity>
                    <cbc:LineExtensionAmount currencyID="EUR">92.50</cbc:LineExtensionAmount><cac:OrderLineReference><cbc:LineID>2</cbc:LineID></cac:OrderLineReference>
                    <cac:Item><cbc:Name>Café en grains</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.5</cbc:Percent>
                      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                    <cac:Price><cbc:PriceAmount currencyID="EUR">18.50</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
                </Invoice>""".formatted(run, i);
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " returned " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Returns an access token of the demo user from the demo Keycloak, by the password grant of the scripts client. */
    private String token(String user) throws Exception {
        Long obtained = tokenTimes.get(user);
        if (obtained != null && System.nanoTime() - obtained < TOKEN_REUSE_NANOS) {
            return tokens.get(user);
        }
        String form = "grant_type=password&client_id=openprocure-scripts&client_secret=openprocure-scripts-demo-secret&username="
                + user + "&password=demo";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak returned no token for " + user + ": " + response.statusCode());
        }
        tokens.put(user, token.group(1));
        tokenTimes.put(user, System.nanoTime());
        return token.group(1);
    }

    private static long created(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.headers().firstValue("Location").orElse(""));
        if (!matcher.find()) {
            throw new IllegalStateException("No Location header in the response: " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static double median(List<Long> nanos) {
        return percentile(nanos, 50);
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void print(String figure, double value) {
        System.out.printf(Locale.ROOT, "%-65s %10.1f%n", figure, value);
    }
}
