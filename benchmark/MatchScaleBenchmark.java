import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts 5-line UBL invoices for orders that benchmark/load-orders.sql loaded, through the REST API
 * with several client threads, and measures two things apart:
 *
 * <ol>
 * <li>Posting alone: the match queue is paused through the management CLI while the first half of
 * the invoices is posted as fast as the threads can, so the figures are parsing, checks and storage
 * only. Then the queue is resumed and the backlog is matched with nothing else running, which gives
 * the matching throughput.</li>
 * <li>End to end: the second half is posted at a fixed rate while the match runs, and the latency
 * from the invoice's arrival (supplier_invoice.received_at, set once the document is parsed) to
 * its match result (match_result.matched_at) is read from the database.</li>
 * </ol>
 *
 * Both timestamps come from the server's clock, so the latency does not depend on the client's.
 * Invoice k goes to order FIRST + k × STRIDE, so the invoices spread over the loaded orders.
 * It needs the PostgreSQL JDBC driver on the class path, which benchmark/run-scale-benchmark.sh adds.
 */
public class MatchScaleBenchmark {

    private static final String QUEUE = "/subsystem=messaging-activemq/server=default/jms-queue=OpenProcureMatchRequests";
    private static final Pattern ID = Pattern.compile("/(\\d+)$");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    /** Access tokens live 300 s in the demo realm, so one is reused for at most 200 s. */
    private static final long TOKEN_REUSE_NANOS = Duration.ofSeconds(200).toNanos();
    /** The wait for match results fails when no new result appears for this long. */
    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);

    private static final int SUPPLIERS = 100;
    private static final int LINES = 5;

    private final Map<String, String> options;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;
    private long tokenTime;

    private MatchScaleBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("threads", "8", "rate", "200", "stride", "1"));
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0) {
                usage("Invalid argument " + argument + ": expected --name=value");
            }
            options.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        for (String required : List.of("url", "realm", "jdbc", "cli", "first", "invoices")) {
            if (!options.containsKey(required)) {
                usage("Missing option --" + required);
            }
        }
        new MatchScaleBenchmark(options).measure();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("""
                usage: java -cp postgresql.jar MatchScaleBenchmark.java --url=BASE_URL --realm=REALM_URL --jdbc=JDBC_URL
                           --cli=JBOSS_CLI_COMMAND --first=ORDER --invoices=COUNT [--stride=ORDERS] [--threads=COUNT] [--rate=PER_SECOND]
                  --first     index of the first order to invoice (orders are BENCH-000001 and up)
                  --invoices  invoices to post; the first half measures posting and matching apart, the second end to end
                  --stride    orders between two invoiced orders (default 1)
                  --threads   client threads that post (default 8)
                  --rate      invoices per second posted in the end-to-end half (default 200)""");
        System.exit(2);
    }

    private void measure() throws Exception {
        int first = Integer.parseInt(options.get("first"));
        int stride = Integer.parseInt(options.get("stride"));
        int count = Integer.parseInt(options.get("invoices"));
        int threads = Integer.parseInt(options.get("threads"));
        double rate = Double.parseDouble(options.get("rate"));
        List<Integer> apart = new ArrayList<>();
        List<Integer> endToEnd = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            (k % 2 == 0 ? apart : endToEnd).add(first + k * stride);
        }

        try (Connection database = DriverManager.getConnection(options.get("jdbc"), "postgres", "postgres")) {
            measureApart(database, apart, threads);
            measureEndToEnd(database, endToEnd, threads, rate);
        }
    }

    private void measureApart(Connection database, List<Integer> orders, int threads) throws Exception {
        managementCommand(QUEUE + ":pause");
        Posting posting;
        try {
            posting = post(orders, threads, 0);
        } finally {
            managementCommand(QUEUE + ":resume");
        }
        Results results = awaitResults(database, posting.invoiceIds());

        System.out.println("-- posting and matching apart: " + orders.size() + " invoices, " + threads + " client threads, match queue paused while posting");
        print("invoices posted per second", posting.perSecond());
        print("invoice post (parse, check, store, queue), median ms", percentile(posting.nanos(), 50) / 1e6);
        print("invoice post, 99th percentile ms", percentile(posting.nanos(), 99) / 1e6);
        print("invoices matched per second, queued backlog", results.matchedPerSecond());
        print("invoices MATCHED", results.matched());
    }

    private void measureEndToEnd(Connection database, List<Integer> orders, int threads, double rate) throws Exception {
        Posting posting = post(orders, threads, rate);
        Results results = awaitResults(database, posting.invoiceIds());

        System.out.println("-- end to end: " + orders.size() + " invoices offered at " + rate + " per second, " + threads + " client threads");
        print("invoices posted per second, achieved", posting.perSecond());
        print("invoice post while matching runs, median ms", percentile(posting.nanos(), 50) / 1e6);
        print("invoice post while matching runs, 99th percentile ms", percentile(posting.nanos(), 99) / 1e6);
        print("invoices matched per second, first arrival to last result", results.arrivalToLastResultPerSecond());
        print("arrival to match result, median ms", percentile(results.latencyNanos(), 50) / 1e6);
        print("arrival to match result, 99th percentile ms", percentile(results.latencyNanos(), 99) / 1e6);
        print("arrival to match result, maximum ms", percentile(results.latencyNanos(), 100) / 1e6);
        print("invoices MATCHED", results.matched());
    }

    /** Invoice ids in the order posted, and each post's duration. */
    private record Posting(List<Long> invoiceIds, List<Long> nanos, long wallNanos) {
        double perSecond() {
            return invoiceIds.size() / (wallNanos / 1e9);
        }
    }

    /**
     * Posts one invoice per order from the given number of threads. With a positive rate, invoice k
     * is sent no earlier than k / rate seconds after the start, so arrivals do not depend on how
     * fast the server responds. With 0, each thread sends its next invoice as soon as the last one
     * returns.
     */
    private Posting post(List<Integer> orders, int threads, double rate) throws Exception {
        Long[] invoiceIds = new Long[orders.size()];
        Long[] nanos = new Long[orders.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        Callable<Void> worker = () -> {
            for (int k = next.getAndIncrement(); k < orders.size(); k = next.getAndIncrement()) {
                if (rate > 0) {
                    long wait = start + (long) (k * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                long sent = System.nanoTime();
                try {
                    invoiceIds[k] = postInvoice(orders.get(k));
                } catch (Exception e) {
                    next.set(orders.size());
                    throw e;
                }
                nanos[k] = System.nanoTime() - sent;
            }
            return null;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = executor.invokeAll(Collections.nCopies(threads, worker));
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Posting invoices failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
        return new Posting(Arrays.asList(invoiceIds), Arrays.asList(nanos), System.nanoTime() - start);
    }

    private long postInvoice(int order) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("url") + "/api/invoices"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(invoice(order), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/invoices for order " + orderNumber(order) + " returned "
                    + response.statusCode() + ": " + response.body());
        }
        Matcher id = ID.matcher(response.headers().firstValue("Location").orElse(""));
        if (!id.find()) {
            throw new IllegalStateException("No invoice id in the Location header of the response for order " + orderNumber(order));
        }
        return Long.parseLong(id.group(1));
    }

    /** Match results of a set of invoices, read once every invoice has one. */
    private record Results(int matched, List<Long> latencyNanos, double matchedPerSecond, double arrivalToLastResultPerSecond) {
    }

    /** Waits until every invoice has a match result, then reads the timestamps that the server stored. */
    private static Results awaitResults(Connection database, List<Long> invoiceIds) throws SQLException, InterruptedException {
        Array ids = database.createArrayOf("bigint", invoiceIds.toArray());
        int done = 0;
        long lastProgress = System.nanoTime();
        while (done < invoiceIds.size()) {
            Thread.sleep(500);
            int now = countResults(database, ids);
            if (now > done) {
                done = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("Match results stalled at " + done + " of " + invoiceIds.size()
                        + " invoices; see the server log for failed match runs");
            }
        }

        List<Long> latencies = new ArrayList<>();
        int matched = 0;
        double firstArrival = Double.MAX_VALUE;
        double firstResult = Double.MAX_VALUE;
        double lastResult = 0;
        try (PreparedStatement query = database.prepareStatement("""
                select extract(epoch from i.received_at), extract(epoch from r.matched_at), r.outcome
                from match_result r join supplier_invoice i on i.id = r.invoice_id
                where r.invoice_id = any(?)""")) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    double arrival = rows.getDouble(1);
                    double result = rows.getDouble(2);
                    latencies.add(Math.round((result - arrival) * 1e9));
                    matched += "MATCHED".equals(rows.getString(3)) ? 1 : 0;
                    firstArrival = Math.min(firstArrival, arrival);
                    firstResult = Math.min(firstResult, result);
                    lastResult = Math.max(lastResult, result);
                }
            }
        }
        int count = invoiceIds.size();
        return new Results(matched, latencies, (count - 1) / (lastResult - firstResult), count / (lastResult - firstArrival));
    }

    private static int countResults(Connection database, Array ids) throws SQLException {
        try (PreparedStatement query = database.prepareStatement("select count(*) from match_result where invoice_id = any(?)")) {
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Runs one operation on the server through jboss-cli, which authenticates as the local user. */
    private void managementCommand(String operation) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(options.get("cli"), "-c", "--controller=127.0.0.1:10190", "--command=" + operation)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("\"outcome\" => \"success\"")) {
            throw new IllegalStateException("Management operation " + operation + " failed: " + output);
        }
    }

    private static String orderNumber(int order) {
        return "BENCH-%06d".formatted(order);
    }

    /**
     * Returns the EN 16931 UBL invoice of an order as load-orders.sql wrote it: line n has quantity
     * 2n of C62 at price 10 + n, except line 1 at 11 + order / 100, all at 20 % VAT.
     */
    private static String invoice(int order) {
        StringBuilder lines = new StringBuilder();
        BigDecimal net = BigDecimal.ZERO;
        for (int n = 1; n <= LINES; n++) {
            BigDecimal quantity = BigDecimal.valueOf(2L * n);
            BigDecimal price = n == 1 ? BigDecimal.valueOf(1100 + order, 2) : BigDecimal.valueOf(10 + n).setScale(2);
            BigDecimal amount = quantity.multiply(price);
            net = net.add(amount);
            lines.append("""
                      <cac:InvoiceLine><cbc:ID>%1$d</cbc:ID><cbc:InvoicedQuantity unitCode="C62">%2$s</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="EUR">%3$s</cbc:LineExtensionAmount><cac:OrderLineReference><cbc:LineID>%1$d</cbc:LineID></cac:OrderLineReference>
                        <cac:Item><cbc:Name>Benchmark item %1$d</cbc:Name><cac:SellersItemIdentification><cbc:ID>PART-%1$d</cbc:ID></cac:SellersItemIdentification>
                          <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">%4$s</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
                    """.formatted(n, quantity, amount.toPlainString(), price.toPlainString()));
        }
        BigDecimal vat = net.multiply(BigDecimal.valueOf(20)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = net.add(vat);
        String vatId = "FR%011d".formatted(1 + order % SUPPLIERS);
        return """
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
                  <cbc:ID>INV-%1$s</cbc:ID><cbc:IssueDate>2026-12-01</cbc:IssueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                  <cac:OrderReference><cbc:ID>%1$s</cbc:ID></cac:OrderReference>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cac:PostalAddress><cbc:CityName>Lyon</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyTaxScheme><cbc:CompanyID>%2$s</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Benchmark supplier %3$d</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cbc:CityName>Nantes</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Benchmark buyer</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%5$s</cbc:TaxAmount>
                    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%4$s</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%5$s</cbc:TaxAmount>
                      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
                  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">%4$s</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="EUR">%4$s</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">%6$s</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="EUR">%6$s</cbc:PayableAmount></cac:LegalMonetaryTotal>
                %7$s</Invoice>""".formatted(orderNumber(order), vatId, 1 + order % SUPPLIERS, net.toPlainString(), vat.toPlainString(),
                total.toPlainString(), lines);
    }

    /** Returns an access token of the accounts payable demo user, shared by the threads and renewed every 200 s. */
    private synchronized String token() throws Exception {
        if (token != null && System.nanoTime() - tokenTime < TOKEN_REUSE_NANOS) {
            return token;
        }
        String form = "grant_type=password&client_id=openprocure-scripts&client_secret=openprocure-scripts-demo-secret&username=agnes&password=demo";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(options.get("realm") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher found = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !found.find()) {
            throw new IllegalStateException("Keycloak returned no token for agnes: HTTP " + response.statusCode());
        }
        token = found.group(1);
        tokenTime = System.nanoTime();
        return token;
    }

    /** Returns the value at the given percentile, by the nearest-rank method. */
    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void print(String figure, double value) {
        System.out.printf(Locale.ROOT, "%-62s %10.1f%n", figure, value);
    }
}
