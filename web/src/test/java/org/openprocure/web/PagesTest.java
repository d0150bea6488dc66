package org.openprocure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.matching.DiscrepancyReason;
import org.openprocure.purchasing.PurchaseOrderStatus;

/** Checks the pages against the bundles: no text written in a page, and a label for every key a page names. */
class PagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    /** A literal label key in a page, as in #{label['orders.title']}. */
    private static final Pattern LABEL_KEY = Pattern.compile("label\\['([A-Za-z0-9_.]+)'\\]");
    /** Text between two tags that contains a letter outside any EL expression. */
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");

    @Test
    void pagesWriteNoTextOfTheirOwn() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path page : pages()) {
            String content = Files.readString(page).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "").replaceAll("#\\{[^}]*\\}", "");
            Matcher text = TEXT.matcher(content);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literal.add(WEBAPP.relativize(page) + ": " + text.group(1).strip());
                }
            }
        }
        assertEquals(List.of(), literal, "text written in pages instead of the bundles");
    }

    @Test
    void everyLabelAPageNamesExists() throws IOException {
        Properties french = LabelsTest.load("labels_fr.properties");
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher key = LABEL_KEY.matcher(Files.readString(page));
            while (key.find()) {
                if (!french.containsKey(key.group(1))) {
                    missing.add(WEBAPP.relativize(page) + ": " + key.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void dashboardStatusesAndReasonsHaveLabels() throws IOException {
        Properties english = LabelsTest.load("labels_en.properties");
        for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
            assertTrue(english.containsKey("status." + status.name()), status.name());
        }
        for (InvoiceStatus status : InvoiceStatus.values()) {
            assertTrue(english.containsKey("match." + status.name()), status.name());
        }
        for (DiscrepancyReason reason : DiscrepancyReason.values()) {
            assertTrue(english.containsKey("dashboard.reason." + reason.name()), reason.name());
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
