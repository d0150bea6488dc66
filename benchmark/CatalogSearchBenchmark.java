import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.openprocure.catalog.CatalogSearch;

/**
 * Runs the SQL of the catalog search, as CatalogSearch builds it for PostgreSQL, over JDBC and
 * prints the latency percentiles of each kind of query: the ids of the first page of 50 items.
 * Loading those 50 items by id, which the server does next, is not measured.
 *
 *   java -cp CLASSPATH benchmark/CatalogSearchBenchmark.java JDBC_URL [ROUNDS]
 */
public class CatalogSearchBenchmark {

    private static final String[] WORDS = {"câble", "câbles", "cables", "CÂBLE", "étagère", "etageres", "écrous", "ecrou", "disjoncteurs",
            "boîtes", "boite", "réseaux", "reseau", "tuyaux", "marteau", "éclairage", "clés", "cle", "forêts", "gants"};
    private static final String[] PAIRS = {"câble électrique", "boîtes étanches", "ecrous inox", "étagère métallique", "gants renforcés",
            "prises extérieures", "tuyau souple", "chaises bureau", "disjoncteur basse tension", "projecteurs réglables"};
    private static final String[] FAMILIES = {"10", "12", "14", "16", "18", "20", "22", "24", "26", "28", "30", "32", "34", "36", "38",
            "40", "42", "44", "46", "48"};

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Random random = new Random(42);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            long items = count(connection);
            Map<String, List<Long>> timings = new LinkedHashMap<>();
            run(connection, timings, "warm-up (not counted)", rounds / 2, () -> criteria(WORDS[random.nextInt(WORDS.length)], null));
            timings.clear();
            run(connection, timings, "one French word", rounds, () -> criteria(WORDS[random.nextInt(WORDS.length)], null));
            run(connection, timings, "two French words", rounds, () -> criteria(PAIRS[random.nextInt(PAIRS.length)], null));
            run(connection, timings, "exact part number", rounds, () -> criteria(partNumber(random, items, 7), null));
            run(connection, timings, "part number prefix", rounds, () -> criteria(partNumber(random, items, 5), null));
            run(connection, timings, "category family (prefix)", rounds,
                    () -> criteria(null, FAMILIES[random.nextInt(FAMILIES.length)] + String.format("%02d", random.nextInt(100))));
            run(connection, timings, "word in a category family", rounds,
                    () -> criteria(WORDS[random.nextInt(WORDS.length)], FAMILIES[random.nextInt(FAMILIES.length)]));
            run(connection, timings, "page 10 of a word", rounds, () -> criteria(WORDS[random.nextInt(WORDS.length)], null), 10);

            System.out.printf("%,d catalog items; %d queries per kind; first page of 50 unless stated; milliseconds%n", items, rounds);
            System.out.printf("%-28s %8s %8s %8s %8s %10s%n", "query", "p50", "p95", "p99", "max", "rows/page");
            List<Long> all = new ArrayList<>();
            timings.forEach((kind, nanos) -> {
                all.addAll(nanos);
                print(kind, nanos);
            });
            print("all kinds", all);
        }
    }

    private static CatalogSearch.Criteria criteria(String text, String category) {
        return new CatalogSearch.Criteria(text, category, 0);
    }

    private static String partNumber(Random random, long items, int digits) {
        long id = 1 + (long) (random.nextDouble() * items);
        long supplier = 1 + (id - 1) % 20;
        String full = "S" + supplier + "-" + String.format("%07d", id);
        return full.substring(0, full.length() - (7 - digits));
    }

    private interface CriteriaSource {
        CatalogSearch.Criteria next();
    }

    private static final Map<String, Integer> ROWS = new LinkedHashMap<>();

    private static void run(Connection connection, Map<String, List<Long>> timings, String kind, int rounds, CriteriaSource source)
            throws SQLException {
        run(connection, timings, kind, rounds, source, 0);
    }

    private static void run(Connection connection, Map<String, List<Long>> timings, String kind, int rounds, CriteriaSource source,
                            int page) throws SQLException {
        List<Long> nanos = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < rounds; i++) {
            CatalogSearch.NativeSearch search = CatalogSearch.postgresqlQuery(source.next(), page, 50);
            long start = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(search.sql().replaceAll("\\?\\d+", "?"))) {
                for (int p = 0; p < search.parameters().size(); p++) {
                    statement.setObject(p + 1, search.parameters().get(p));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            nanos.add(System.nanoTime() - start);
        }
        timings.put(kind, nanos);
        ROWS.put(kind, rows / rounds);
    }

    private static void print(String kind, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-28s %8.1f %8.1f %8.1f %8.1f %10s%n", kind, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, ROWS.containsKey(kind) ? ROWS.get(kind) : "");
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from catalog_item");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
