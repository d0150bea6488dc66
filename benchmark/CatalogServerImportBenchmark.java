import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a catalog file of ROWS rows through the API of a running server and prints the import's
 * progress and duration. The file is a CSV as a French spreadsheet saves it (Windows-1252,
 * semicolons, decimal comma), with one row in 1,000 refused for its price, imported in the mode
 * ACCEPT_VALID_ROWS for a new supplier. It signs in as the demo buyer bruno through the realm's
 * openprocure-scripts client.
 *
 *   java benchmark/CatalogServerImportBenchmark.java API_BASE KEYCLOAK_URL [ROWS]
 */
public class CatalogServerImportBenchmark {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static void main(String[] args) throws IOException, InterruptedException {
        String api = args[0];
        String keycloak = args[1];
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        String token = token(keycloak);

        long stamp = System.currentTimeMillis() % 1_000_000_000L;
        String supplier = post(api + "/api/suppliers", token, "application/json", ("{\"code\":\"BENCH-" + stamp
                + "\",\"name\":\"Banc d'essai " + stamp + "\",\"vatId\":\"FR" + stamp + "\",\"countryCode\":\"FR\"}")
                .getBytes(StandardCharsets.UTF_8));
        long supplierId = Long.parseLong(field(supplier, "id"));

        Path file = Files.createTempFile("catalog-server-benchmark-", ".csv");
        writeCsv(file, rows);
        System.out.printf("File of %,d rows, %.1f MiB, Windows-1252%n", rows, Files.size(file) / 1048576.0);

        long start = System.nanoTime();
        String started = post(api + "/api/catalog/imports?mode=ACCEPT_VALID_ROWS&supplierId=" + supplierId, token, "text/csv",
                Files.readAllBytes(file));
        double uploaded = (System.nanoTime() - start) / 1e9;
        long versionId = Long.parseLong(field(started, "id"));
        System.out.printf("Upload answered 202 after %.2f s%n", uploaded);

        String version;
        int lastPrinted = -10;
        do {
            Thread.sleep(500);
            version = get(api + "/api/catalog/imports/" + versionId, token);
            int percent = Integer.parseInt(field(version, "percentDone"));
            if (percent >= lastPrinted + 10) {
                System.out.printf("  %5.1f s: %3d %%, %s rows read%n", (System.nanoTime() - start) / 1e9, percent, field(version, "rowsRead"));
                lastPrinted = percent;
            }
        } while ("\"IMPORTING\"".equals(rawField(version, "status")));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("Import %s in %.1f s (%,.0f rows/s): %s rows read, %s accepted, %s refused, charset %s%n",
                field(version, "status"), seconds, rows / seconds, field(version, "rowsRead"), field(version, "rowsAccepted"),
                field(version, "rowsRefused"), field(version, "charset"));
        Files.delete(file);
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        String[] nouns = {"Câble", "Câbles", "Gaine", "Boîtes", "Disjoncteur", "Étagère", "Écrous", "Clés", "Tuyaux"};
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write("Référence fournisseur;Désignation;Prix unitaire;Devise;Quantité de base;Unité;Catégorie;Délai\r\n");
            for (int i = 1; i <= rows; i++) {
                String price = i % 1000 == 0 ? "prix à voir" : (i % 3000) + "," + String.format("%02d", i % 100);
                out.write("REF-" + i + ";" + nouns[i % nouns.length] + " électrique modèle " + (i % 9973) + ";" + price
                        + ";EUR;1;C62;39" + String.format("%06d", i % 1000) + ";" + (i % 30) + "\r\n");
            }
        }
    }

    private static String token(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=openprocure-scripts&client_secret=openprocure-scripts-demo-secret"
                + "&username=bruno&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/openprocure/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        check(response, 200);
        return field(response.body(), "access_token");
    }

    private static String post(String url, String token, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response, response.statusCode() == 202 ? 202 : 201);
        return response.body();
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        check(response, 200);
        return response.body();
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " returned HTTP " + response.statusCode() + ", expected "
                    + expected + ": " + response.body());
        }
    }

    /** Returns a top-level JSON field's value without its quotes; enough for the flat objects read here. */
    private static String field(String json, String name) {
        String raw = rawField(json, name);
        return raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
    }

    private static String rawField(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"[^\"]*\"|[^,}\\s]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No field " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
