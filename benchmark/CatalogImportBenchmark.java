import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openprocure.catalog.imports.CatalogFileReader;
import org.openprocure.catalog.imports.CatalogFormat;
import org.openprocure.catalog.imports.CatalogRecord;
import org.openprocure.catalog.imports.CatalogRow;
import org.openprocure.catalog.imports.CatalogRowError;
import org.openprocure.catalog.imports.CatalogRowValidator;

/**
 * Measures the read-and-check path of a catalog import. It writes a CSV file of ROWS rows as a
 * French spreadsheet saves it (Windows-1252, semicolons, decimal comma, one row in 1,000 with an
 * error) and a CIF 3.0 file of the same items. It then reads and checks every row the way the
 * server's import job does, holding one chunk of 1,000 rows at a time, and prints the time and the
 * peak heap of each run. Writing the items to the database is not part of it.
 *
 *   java -Xmx256m -cp CLASSPATH benchmark/CatalogImportBenchmark.java [ROWS]
 */
public class CatalogImportBenchmark {

    private static final String[] NOUNS = {"Câble", "Câbles", "Gaine", "Boîtes", "Disjoncteur", "Étagère", "Écrous", "Clés", "Tuyaux"};
    private static final String[] ADJECTIVES = {"électrique", "étanche", "galvanisé", "renforcé", "léger", "réglable", "métallique"};
    private static final int CHUNK_ROWS = 1000;

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("catalog-benchmark-");
        Path csv = writeCsv(folder.resolve("catalogue.csv"), rows);
        Path cif = writeCif(folder.resolve("catalog.cif"), rows);
        System.out.printf("JVM max heap %d MiB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        measure("warm-up CSV (not counted)", csv);
        measure("CSV, Windows-1252", csv);
        measure("CIF 3.0, UTF-8", cif);

        Files.delete(csv);
        Files.delete(cif);
        Files.delete(folder);
    }

    private static void measure(String label, Path file) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        int accepted = 0;
        int refused = 0;
        String charset;
        try (CatalogFileReader reader = CatalogFormat.detect(file).open(file)) {
            charset = reader.charset();
            CatalogRowValidator validator = new CatalogRowValidator(reader.headerNames(), reader.defaultCurrency());
            List<CatalogRow> chunk = new ArrayList<>(CHUNK_ROWS);
            List<CatalogRowError> errors = new ArrayList<>();
            Optional<CatalogRecord> record;
            while ((record = reader.next()).isPresent()) {
                CatalogRowValidator.Result result = validator.check(record.get());
                if (result.accepted()) {
                    chunk.add(result.row());
                    accepted++;
                } else {
                    errors.addAll(result.errors());
                    refused++;
                }
                if (chunk.size() + errors.size() >= CHUNK_ROWS) {
                    chunk.clear();
                    errors.clear();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%-26s %,9d rows (%,d accepted, %,d refused), %5.1f MiB, %s: %5.2f s, %,8.0f rows/s, peak heap %4d MiB%n",
                label, accepted + refused, accepted, refused, Files.size(file) / 1048576.0, charset, seconds,
                (accepted + refused) / seconds, peak >> 20);
    }

    private static String description(int i) {
        return NOUNS[i % NOUNS.length] + " " + ADJECTIVES[(i / 7) % ADJECTIVES.length] + " modèle " + (i % 9973);
    }

    private static Path writeCsv(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write("Référence fournisseur;Désignation;Prix unitaire;Devise;Quantité de base;Unité;Catégorie;Délai\r\n");
            for (int i = 1; i <= rows; i++) {
                String price = i % 1000 == 0 ? "prix à voir" : (i % 3000) + "," + String.format("%02d", i % 100);
                out.write("REF-" + i + ";" + description(i) + ";" + price + ";EUR;1;C62;39" + String.format("%06d", i % 1000) + ";"
                        + (i % 30) + "\r\n");
            }
        }
        return file;
    }

    private static Path writeCif(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("CIF_I_V3.0\nCHARSET: UTF-8\nLOADMODE: F\nCODEFORMAT: UNSPSC\nCURRENCY: EUR\nSUPPLIERID_DOMAIN: DUNS\n");
            out.write("ITEMCOUNT: " + rows + "\nTIMESTAMP: 2026-12-05 10:00:00\nUNUOM: TRUE\nDATA\n");
            for (int i = 1; i <= rows; i++) {
                out.write("123456789,REF-" + i + ",M-" + i + ",\"" + description(i) + "\",39" + String.format("%06d", i % 1000) + ","
                        + (i % 3000) + "." + String.format("%02d", i % 100) + ",C62," + (i % 30) + ",,,,\n");
            }
            out.write("ENDOFDATA\n");
        }
        return file;
    }
}
