package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Catalog files imported through the API as versions of a supplier's catalog, and the search of what they offer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogImportIT {

    private static final String HEADER = "Référence fournisseur;Désignation;Prix unitaire;Devise;Quantité de base;Unité;Catégorie\n";
    private static final String ACCEPT = "ACCEPT_VALID_ROWS";
    private static final String REFUSE = "REFUSE_WHOLE_FILE";

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierOnly() {
        TestDatabase.clean();
        supplierId = supplier("Électro Distribution SA", "FR40123456789");
    }

    private JsonObject start(String csv, String mode, Charset charset, String extraQuery) {
        Api.Reply reply = BUYER.postBytes("/api/catalog/imports?supplierId=" + supplierId + "&mode=" + mode + "&fileName=catalogue.csv"
                + extraQuery, "text/csv", csv.getBytes(charset));
        assertEquals(202, reply.status(), reply.toString());
        return reply.json();
    }

    private JsonObject importFile(String csv, String mode) {
        return awaitImport(start(csv, mode, StandardCharsets.UTF_8, "").getJsonNumber("id").longValue());
    }

    /** Polls the import until it leaves IMPORTING, for at most two minutes, and returns it. */
    private static JsonObject awaitImport(long id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject version;
        do {
            Api.Reply reply = BUYER.get("/api/catalog/imports/" + id);
            assertEquals(200, reply.status(), reply.toString());
            version = reply.json();
            if (!"IMPORTING".equals(version.getString("status"))) {
                return version;
            }
            pause(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Import " + id + " still running after two minutes: " + version);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> search(String query) {
        Api.Reply reply = BUYER.get("/api/catalog/items?" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().stream().map(item -> item.asJsonObject().getString("supplierPartNumber")).toList();
    }

    /** Imports one file whose items are valid from that day, refusing it whole on any error, and waits for the import to end. */
    private JsonObject importFrom(LocalDate validFrom, String rows) {
        return awaitImport(start(HEADER + rows, REFUSE, StandardCharsets.UTF_8, "&validFrom=" + validFrom).getJsonNumber("id").longValue());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void partialAcceptImportsValidRows() {
        JsonObject version = importFile(HEADER + """
                CAB-1;Câble souple 3G1,5;45,90;EUR;1;C62;39121000
                CAB-2;Câble rigide 3G2,5;1 059,00;EUR;100;MTR;39121000
                BAD-3;Gaine ICTA;douze;EUR;1;C62;39131700
                """, ACCEPT);

        assertEquals("ACTIVE", version.getString("status"));
        assertEquals("CSV", version.getString("format"));
        assertEquals("UTF-8", version.getString("charset"));
        assertEquals(3, version.getInt("rowsRead"));
        assertEquals(2, version.getInt("rowsAccepted"));
        assertEquals(1, version.getInt("rowsRefused"));
        assertEquals(List.of("CAB-1", "CAB-2"), sorted(search(q("CAB"))));
        assertEquals(List.of(), search(q("BAD-3")));
        JsonObject price = BUYER.get("/api/catalog/items?" + q("CAB-2")).array().getJsonObject(0);
        assertEquals(0, new BigDecimal("1059").compareTo(price.getJsonNumber("unitPrice").bigDecimalValue()));
        assertEquals(100, price.getJsonNumber("priceBasisQuantity").intValue());
    }

    @Test
    void refuseWholeKeepsActiveVersion() {
        importFile(HEADER + "OLD-1;Disjoncteur 16 A;8,40;EUR;1;C62;39121600\n", REFUSE);

        JsonObject refused = importFile(HEADER + """
                NEW-1;Disjoncteur 20 A;9,10;EUR;1;C62;39121600
                NEW-2;Interrupteur;4,00;DOLLARS;1;C62;39121600
                """, REFUSE);

        assertEquals("REFUSED", refused.getString("status"));
        assertEquals(1, refused.getInt("rowsAccepted"));
        assertEquals(1, refused.getInt("rowsRefused"));
        assertEquals(List.of("OLD-1"), search(q("disjoncteur")));
        assertEquals(0, TestDatabase.count("select count(*) from catalog_item where catalog_version_id = " + refused.getInt("id")));
        JsonArray versions = BUYER.get("/api/catalog/imports?supplierId=" + supplierId).array();
        assertEquals("REFUSED", versions.getJsonObject(0).getString("status"));
        assertEquals("ACTIVE", versions.getJsonObject(1).getString("status"));
    }

    @Test
    void newVersionReplacesOldOne() {
        JsonObject first = importFile(HEADER + "LAMP-1;Ampoule LED E27;3,20;EUR;1;C62;39101600\n", REFUSE);

        JsonObject second = importFile(HEADER + "LAMP-2;Ampoule LED GU10;3,90;EUR;1;C62;39101600\n", REFUSE);

        assertEquals("ACTIVE", second.getString("status"));
        assertEquals(2, second.getInt("number"));
        assertEquals("SUPERSEDED", BUYER.get("/api/catalog/imports/" + first.getInt("id")).json().getString("status"));
        assertEquals(List.of("LAMP-2"), search(q("ampoule")));
    }

    @Test
    void searchDuringRefusedImportShowsOldVersion() {
        importFile(HEADER + "KEEP-1;Tournevis cruciforme;6,50;EUR;1;C62;27111700\n", REFUSE);
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 1; i <= 20_000; i++) {
            big.append("LOAD-").append(i).append(";Tournevis plat taille ").append(i).append(";5,90;EUR;1;C62;27111700\n");
        }
        big.append("LOAD-LAST;Tournevis cassé;gratuit;EUR;1;C62;27111700\n");

        long id = start(big.toString(), REFUSE, StandardCharsets.UTF_8, "").getJsonNumber("id").longValue();
        while ("IMPORTING".equals(BUYER.get("/api/catalog/imports/" + id).json().getString("status"))) {
            assertEquals(List.of("KEEP-1"), search(q("tournevis")));
        }
        JsonObject refused = awaitImport(id);

        assertEquals("REFUSED", refused.getString("status"));
        assertEquals(20_001, refused.getInt("rowsRead"));
        assertEquals(List.of("KEEP-1"), search(q("tournevis")));
    }

    @Test
    void errorsComeInCallersLanguage() {
        JsonObject version = importFile(HEADER + "ERR-1;Fusible;un euro;EUR;1;C62;39121600\nERR-2;;1,00;EUR;1;C62;39121600\n", ACCEPT);
        String errors = "/api/catalog/imports/" + version.getInt("id") + "/errors";

        JsonArray french = BUYER.inLanguage("fr-FR").get(errors).array();
        JsonArray english = BUYER.inLanguage("en").get(errors).array();

        assertEquals("REFUSED", version.getString("status"));
        assertEquals(2, french.size());
        assertEquals(2, french.getJsonObject(0).getInt("row"));
        assertEquals("Prix unitaire", french.getJsonObject(0).getString("column"));
        assertEquals("un euro", french.getJsonObject(0).getString("value"));
        assertEquals("La colonne «\u00a0Prix unitaire\u00a0» contient «\u00a0un euro\u00a0», qui n'est pas un nombre.",
                french.getJsonObject(0).getString("message"));
        assertEquals("The column \"Prix unitaire\" contains \"un euro\", which is not a number.", english.getJsonObject(0).getString("message"));
        assertEquals("Écrivez un nombre avec une virgule décimale, comme 12,50 ou 1\u202f250,00.", french.getJsonObject(0).getString("fix"));
        assertEquals("Write a number with a decimal comma or point, such as 12,50 or 1250.00.", english.getJsonObject(0).getString("fix"));
        assertEquals(3, english.getJsonObject(1).getInt("row"));
        assertEquals("Désignation", english.getJsonObject(1).getString("column"));
        assertEquals("The field \"Désignation\" is missing or empty.", english.getJsonObject(1).getString("message"));
    }

    @Test
    void windows1252FileIsDetectedAndStated() {
        JsonObject version = awaitImport(start(HEADER + "W-1;Câble électrique blindé;12,00;EUR;1;C62;39121000\n", REFUSE,
                Charset.forName("windows-1252"), "").getJsonNumber("id").longValue());

        assertEquals("ACTIVE", version.getString("status"));
        assertEquals("windows-1252", version.getString("charset"));
        assertEquals("Câble électrique blindé", BUYER.get("/api/catalog/items?" + q("W-1")).array().getJsonObject(0).getString("description"));
    }

    @Test
    void accentsAndPluralsFindSameItems() {
        importFile(HEADER + """
                A-1;Câbles électriques souples;10,00;EUR;1;C62;39121000
                A-2;cable reseau RJ45;4,00;EUR;1;C62;43202200
                A-3;Gaine annelée;2,00;EUR;1;C62;39131700
                """, REFUSE);

        assertEquals(List.of("A-1", "A-2"), sorted(search(q("câble"))));
        assertEquals(List.of("A-1", "A-2"), sorted(search(q("CABLES"))));
        assertEquals(List.of("A-1"), search(q("électrique")));
        assertEquals(List.of("A-1"), search(q("cables electriques")));
        assertEquals(List.of("A-3"), search(q("annelees")));
        assertEquals(List.of("A-2"), search(q("réseau")));
    }

    @Test
    void partNumberAndCategoryAreFound() {
        importFile(HEADER + """
                XB-100;Boîte de dérivation;3,00;EUR;1;C62;39121300
                XB-101;Boîte d'encastrement;1,00;EUR;1;C62;39121300
                ZZ-9;Ruban isolant;1,50;EUR;1;C62;31201500
                """, REFUSE);

        assertEquals("XB-101", search(q("xb-101")).get(0));
        assertEquals(List.of("XB-100", "XB-101"), sorted(search(q("XB-10"))));
        assertEquals(List.of("ZZ-9"), search("category=3120"));
        assertEquals(List.of("XB-100", "XB-101"), sorted(search("category=39121300")));
        assertEquals(List.of("XB-101"), search(q("encastrement") + "&category=391213"));
        assertEquals(List.of("ZZ-9"), search(q("31201500")));
    }

    @Test
    void expiredVersionIsNotOffered() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        JsonObject version = awaitImport(start(HEADER + "OLD-9;Prise murale;2,00;EUR;1;C62;39121400\n", REFUSE, StandardCharsets.UTF_8,
                "&validFrom=2020-01-01&validTo=" + yesterday).getJsonNumber("id").longValue());

        assertEquals("ACTIVE", version.getString("status"));
        assertEquals(yesterday, version.getString("validTo"));
        assertEquals(List.of(), search(q("prise")));
    }

    @Test
    void futureVersionWaitsForItsDay() {
        LocalDate today = LocalDate.now();
        JsonObject current = importFrom(today, "NOW-1;Projecteur LED 20 W;19,00;EUR;1;C62;39111500\n");
        JsonObject future = importFrom(today.plusDays(1), "NEXT-1;Projecteur LED 30 W;24,00;EUR;1;C62;39111500\n");

        assertEquals("SCHEDULED", future.getString("status"));
        assertEquals(List.of("NOW-1"), search(q("projecteur")));
        JsonArray versions = BUYER.get("/api/catalog/imports?supplierId=" + supplierId).array();
        assertEquals(future.getInt("id"), versions.getJsonObject(0).getInt("id"));
        assertEquals("SCHEDULED", versions.getJsonObject(0).getString("status"));
        assertEquals(today.plusDays(1).toString(), versions.getJsonObject(0).getString("validFrom"));
        assertEquals(JsonValue.NULL, versions.getJsonObject(0).getOrDefault("supersededFrom", JsonValue.NULL));
        assertEquals(current.getInt("id"), versions.getJsonObject(1).getInt("id"));
        assertEquals("ACTIVE", versions.getJsonObject(1).getString("status"));
        assertEquals(today.toString(), versions.getJsonObject(1).getString("validFrom"));
        assertEquals(today.plusDays(1).toString(), versions.getJsonObject(1).getString("supersededFrom"));
    }

    @Test
    void scheduledVersionTakesOverOnItsDay() {
        LocalDate today = LocalDate.now();
        JsonObject current = importFrom(today, "NOW-2;Gaine ICTA 20 mm;0,80;EUR;1;MTR;39131700\n");
        JsonObject future = importFrom(today.plusDays(1), "NEXT-2;Gaine ICTA 25 mm;0,95;EUR;1;MTR;39131700\n");

        // Moves every date of the supplier's versions one day back, as if tomorrow had come; no job runs.
        TestDatabase.execute("update catalog_version set valid_from = valid_from - 1, superseded_from = superseded_from - 1"
                + " where supplier_id = ?", supplierId);

        assertEquals(List.of("NEXT-2"), search(q("gaine")));
        assertEquals("ACTIVE", BUYER.get("/api/catalog/imports/" + future.getInt("id")).json().getString("status"));
        assertEquals("SUPERSEDED", BUYER.get("/api/catalog/imports/" + current.getInt("id")).json().getString("status"));
    }

    @Test
    void versionFromTodayReplacesAtOnce() {
        LocalDate today = LocalDate.now();
        JsonObject yesterdays = importFrom(today.minusDays(1), "OLD-3;Rallonge 3 m;7,50;EUR;1;C62;39121000\n");
        JsonObject todays = importFrom(today, "NEW-3;Rallonge 5 m;9,50;EUR;1;C62;39121000\n");

        assertEquals("ACTIVE", todays.getString("status"));
        JsonObject replaced = BUYER.get("/api/catalog/imports/" + yesterdays.getInt("id")).json();
        assertEquals("SUPERSEDED", replaced.getString("status"));
        assertEquals(today.toString(), replaced.getString("supersededFrom"));
        assertEquals(List.of("NEW-3"), search(q("rallonge")));
    }

    @Test
    void laterImportWinsOverlapFromItsStart() {
        LocalDate today = LocalDate.now();
        JsonObject current = importFrom(today, "NOW-4;Perceuse 18 V;89,00;EUR;1;C62;27112700\n");
        JsonObject inTenDays = importFrom(today.plusDays(10), "TEN-4;Perceuse 20 V;99,00;EUR;1;C62;27112700\n");
        JsonObject inFiveDays = importFrom(today.plusDays(5), "FIVE-4;Perceuse 24 V;109,00;EUR;1;C62;27112700\n");

        assertEquals("SCHEDULED", inFiveDays.getString("status"));
        assertEquals("SUPERSEDED", BUYER.get("/api/catalog/imports/" + inTenDays.getInt("id")).json().getString("status"));
        JsonObject stillCurrent = BUYER.get("/api/catalog/imports/" + current.getInt("id")).json();
        assertEquals("ACTIVE", stillCurrent.getString("status"));
        assertEquals(today.plusDays(5).toString(), stillCurrent.getString("supersededFrom"));
        assertEquals(List.of("NOW-4"), search(q("perceuse")));
    }

    @Test
    void cifFileIsImported() {
        String cif = """
                CIF_I_V3.0
                CHARSET: UTF-8
                LOADMODE: F
                CODEFORMAT: UNSPSC
                CURRENCY: EUR
                SUPPLIERID_DOMAIN: DUNS
                ITEMCOUNT: 1
                TIMESTAMP: 2026-12-01 10:15:00
                UNUOM: TRUE
                DATA
                123456789,CIF-1,M-1,"Projecteur LED, 50 W",39111500,24.90,C62,5,Lumière SA,,,39.00
                ENDOFDATA
                """;
        Api.Reply reply = BUYER.postBytes("/api/catalog/imports?supplierId=" + supplierId, "text/plain", cif.getBytes(StandardCharsets.UTF_8));
        JsonObject version = awaitImport(reply.json().getJsonNumber("id").longValue());

        assertEquals("ACTIVE", version.getString("status"), version.toString());
        assertEquals("CIF", version.getString("format"));
        assertEquals("REFUSE_WHOLE_FILE", version.getString("mode"));
        JsonObject item = BUYER.get("/api/catalog/items?" + q("projecteur")).array().getJsonObject(0);
        assertEquals("CIF-1", item.getString("supplierPartNumber"));
        assertEquals(5, item.getInt("leadTimeDays"));
    }

    @Test
    void missingColumnRefusesWithFileError() {
        JsonObject version = importFile("Référence fournisseur;Désignation;Devise;Unité\nA;B;EUR;C62\n", ACCEPT);

        JsonArray errors = BUYER.inLanguage("en").get("/api/catalog/imports/" + version.getInt("id") + "/errors").array();

        assertEquals("REFUSED", version.getString("status"));
        assertEquals(0, errors.getJsonObject(0).getInt("row"));
        assertEquals("The header lacks the required column \"unit price\" (in French \"prix unitaire\").",
                errors.getJsonObject(0).getString("message"));
    }

    @Test
    void badModeIsRejectedAndStoresNothing() {
        Api.Reply reply = BUYER.postBytes("/api/catalog/imports?supplierId=" + supplierId + "&mode=SOMETIMES", "text/csv",
                HEADER.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").contains("SOMETIMES"), reply.body());
        assertEquals(0, TestDatabase.count("select count(*) from catalog_version"));
    }

    @Test
    void longFileNameIsRejected() {
        Api.Reply reply = BUYER.postBytes("/api/catalog/imports?supplierId=" + supplierId + "&fileName=" + "n".repeat(300), "text/csv",
                HEADER.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("The field \"fileName\" has 300 characters, more than the 255 allowed.", reply.json().getString("detail"));
        assertEquals(0, TestDatabase.count("select count(*) from catalog_version"));
    }

    @Test
    void requesterCannotImport() {
        Api.Reply reply = Api.as("claire").postBytes("/api/catalog/imports?supplierId=" + supplierId, "text/csv",
                (HEADER + "A;B;1;EUR;1;C62;1\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(403, reply.status(), reply.toString());
        assertFalse(reply.body().isEmpty());
        assertEquals(0, TestDatabase.count("select count(*) from catalog_version"));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
