import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times what the portal's lists and dashboard ask of the server once the database contains many
 * documents: the dashboard figures, and the first, a middle and the last page of the order and
 * invoice lists, through the same service methods as the pages (the REST API calls them too).
 * Each request runs WARMUP times unmeasured, then ROUNDS times; the median and the slowest are
 * printed with the server's answer size.
 *
 *   java benchmark/PortalBenchmark.java --url=http://127.0.0.1:8280/openprocure --realm=... --orders=N [--rounds=10]
 */
public class PortalBenchmark {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final int WARMUP = 3;

    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> options;

    PortalBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        new PortalBenchmark(options).run();
    }

    private void run() throws Exception {
        int orders = Integer.parseInt(options.get("orders"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int size = 20;
        int lastPage = Math.max(0, orders / size - 1);
        String buyer = token("bruno");
        String clerk = token("agnes");
        System.out.printf("%-48s %10s %10s %10s%n", "request", "median ms", "max ms", "bytes");
        time("GET /api/dashboard", buyer, "/api/dashboard", rounds);
        time("GET /api/dashboard?periodDays=365", buyer, "/api/dashboard?periodDays=365", rounds);
        time("GET /api/purchase-orders page 0", buyer, "/api/purchase-orders?page=0&size=" + size, rounds);
        time("GET /api/purchase-orders page " + lastPage / 2, buyer, "/api/purchase-orders?page=" + lastPage / 2 + "&size=" + size, rounds);
        time("GET /api/purchase-orders page " + lastPage, buyer, "/api/purchase-orders?page=" + lastPage + "&size=" + size, rounds);
        time("GET /api/invoices page 0", clerk, "/api/invoices?page=0&size=" + size, rounds);
        time("GET /api/invoices page " + lastPage / 2, clerk, "/api/invoices?page=" + lastPage / 2 + "&size=" + size, rounds);
    }

    private void time(String name, String token, String path, int rounds) throws Exception {
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < WARMUP + rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(options.get("url") + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " returned HTTP " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARMUP) {
                millis.add(elapsed);
            }
            bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        }
        Collections.sort(millis);
        System.out.printf("%-48s %10.1f %10.1f %10d%n", name, millis.get(millis.size() / 2), millis.get(millis.size() - 1), bytes);
    }

    private String token(String user) throws Exception {
        String form = "grant_type=password&client_id=openprocure-scripts&client_secret=openprocure-scripts-demo-secret&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(options.get("realm") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher found = ACCESS_TOKEN.matcher(response.body());
        if (!found.find()) {
            throw new IllegalStateException("Keycloak returned no token for " + user + ": HTTP " + response.statusCode());
        }
        return found.group(1);
    }
}
