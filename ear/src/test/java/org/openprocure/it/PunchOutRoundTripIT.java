package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openprocure.demoshop.Catalog;
import org.openprocure.demoshop.DemoShop;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A requester punches out from the portal to the demo supplier shop in Chromium, fills a cart and
 * brings it back as requisition lines, in cXML and in OCI, including the malformed carts that the
 * shop sends on request. The shop runs inside this test JVM on port 8190 plus the test port offset.
 */
@ExtendWith(ArquillianExtension.class)
class PunchOutRoundTripIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final int SHOP_PORT = 8190 + Integer.getInteger("test.port.offset", 0);
    private static final String SHOP = "http://127.0.0.1:" + SHOP_PORT;
    private static final Pattern REQUISITION_ID = Pattern.compile("requisition\\.xhtml\\?(?:.*&)?id=(\\d+)");
    private static final String CHAIR_CONFIGURATION = "cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui";

    private static DemoShop shop;

    private WebDriver browser;
    private Path profile;
    private long supplierId;
    private boolean signedIn;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startShop() throws IOException {
        shop = new DemoShop().start(SHOP_PORT);
    }

    @AfterAll
    static void stopShop() {
        if (shop != null) {
            shop.stop();
        }
    }

    @BeforeEach
    void supplierAndProfile() throws IOException {
        TestDatabase.clean();
        supplierId = supplier("Fournitures Démo SARL", "FR64123456789");
        profile = Files.createTempDirectory("chromium-profile");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cxmlCartBecomesRequisition() {
        configureCxml("");
        browser = Chromium.start(profile);
        startPunchOut();

        ShopPage.add(browser, "HDMI-2M", "3");
        ShopPage.add(browser, Catalog.SCREWS, "2500");
        ShopPage.add(browser, Catalog.CHAIR, "1");
        long requisition = checkOut();

        String table = browser.findElement(By.id("lines")).getText();
        assertTrue(table.contains("Câble HDMI 2 m"), table);
        assertTrue(table.contains(CHAIR_CONFIGURATION), table);
        JsonArray lines = lines(requisition);
        assertEquals(3, lines.size(), lines.toString());
        assertLine(line(lines, "HDMI-2M"), "Câble HDMI 2 m", "3", "EA", "8.90", "1", "26.70");
        assertLine(line(lines, Catalog.SCREWS), "Vis à bois 4 × 40 mm, zinguées", "2500", "EA", "12.50", "1000", "31.25");
        assertLine(line(lines, Catalog.CHAIR), "Chaise de bureau ergonomique", "1", "EA", "249.00", "1", "249.00");
        assertEquals("56112104", line(lines, Catalog.CHAIR).getString("category"));
        assertEquals(1, TestDatabase.count("select count(*) from requisition_line where supplier_part_auxiliary_id = ?", CHAIR_CONFIGURATION),
                "the chair's configuration key is stored verbatim");
        assertEquals(1, TestDatabase.count("select count(*) from requisition_line where long_text like ?",
                "Chaise de bureau ergonomique à dossier résille%"), "the chair's long text, the Description's own text, is stored");
    }

    @Test
    void cxmlFieldSpellingsAccepted() {
        configureCxml("");
        browser = Chromium.start(profile);

        for (String spelling : List.of("cxml-urlencoded", "cXML-urlencoded", "CXML-URLENCODED", "cxml-base64", "cXML-base64")) {
            startPunchOut();
            ShopPage.add(browser, "ECRAN-27-QHD", "2");
            browser.findElement(By.id("variant-" + spelling)).click();
            long requisition = checkOut();

            JsonArray lines = lines(requisition);
            assertEquals(1, lines.size(), spelling + ": " + lines);
            assertLine(line(lines, "ECRAN-27-QHD"), "Écran 27 pouces QHD, pied réglable", "2", "EA", "289.90", "1", "579.80");
        }
    }

    @Test
    void doubleEncodedCartRejectedInFrench() {
        assertCartRejected("fr-FR", "double-encoded", "est encodé deux fois pour une URL");
    }

    @Test
    void doubleEncodedCartRejectedInEnglish() {
        assertCartRejected("en-US", "double-encoded", "is URL-encoded twice");
    }

    @Test
    void wrongBuyerCookieRejected() {
        assertCartRejected("fr-FR", "wrong-cookie", "qui n'est pas celui de cette session de punch-out");
    }

    @Test
    void unknownTokenRejected() {
        assertCartRejected("fr-FR", "unknown-token", "Aucune session de punch-out ne correspond");
    }

    @Test
    void unknownTokenGets404() {
        String cart = "cxml-urlencoded=" + URLEncoder.encode("<cXML><Message><PunchOutOrderMessage/></Message></cXML>", StandardCharsets.UTF_8);

        Api.Reply reply = Api.anonymous().send("POST", "/punch-out/return/no-such-token", "application/x-www-form-urlencoded", cart);

        assertEquals(404, reply.status(), reply.toString());
        assertTrue(reply.body().contains("No punch-out session matches token"), reply.body());
    }

    @Test
    void ociCommaDecimalsAndPriceUnit1000() {
        configureOci("");
        browser = Chromium.start(profile);
        startPunchOut();
        ShopPage.add(browser, "HDMI-2M", "3");
        ShopPage.add(browser, Catalog.SCREWS, "2500");
        ShopPage.add(browser, Catalog.CHAIR, "1");
        browser.findElement(By.id("variant-comma-decimals")).click();
        browser.findElement(By.id("variant-priceunit-1000")).click();

        long requisition = checkOut();

        JsonArray lines = lines(requisition);
        assertEquals(3, lines.size(), lines.toString());
        // Every price is stated per 1,000 units with a decimal comma, such as "8900" and "12,50".
        assertAmount("26.70", line(lines, "HDMI-2M"));
        assertAmount("31.25", line(lines, Catalog.SCREWS));
        assertAmount("249.00", line(lines, Catalog.CHAIR));
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject line : lines.getValuesAs(JsonObject.class)) {
            total = total.add(line.getJsonNumber("netAmount").bigDecimalValue());
        }
        assertEquals(0, new BigDecimal("306.95").compareTo(total), "requisition total " + total);
        assertEquals(0, new BigDecimal("2500").compareTo(line(lines, Catalog.SCREWS).getJsonNumber("quantity").bigDecimalValue()));
    }

    @Test
    void ociPaddedNumbersAndOddIndexes() {
        configureOci("");
        browser = Chromium.start(profile);
        startPunchOut();
        ShopPage.add(browser, "HDMI-2M", "3");
        ShopPage.add(browser, Catalog.SCREWS, "2500");
        ShopPage.add(browser, Catalog.CHAIR, "1");
        for (String variant : List.of("padded-numbers", "index-from-0", "index-gaps", "priceunit-empty", "longtext-index")) {
            browser.findElement(By.id("variant-" + variant)).click();
        }

        long requisition = checkOut();

        // Items 0, 2 and 4, numbers such as 00000000003.000, an empty PRICEUNIT and the long text as NEW_ITEM-LONGTEXT[4].
        JsonArray lines = lines(requisition);
        assertEquals(3, lines.size(), lines.toString());
        assertAmount("26.70", line(lines, "HDMI-2M"));
        assertAmount("31.25", line(lines, Catalog.SCREWS));
        assertAmount("249.00", line(lines, Catalog.CHAIR));
        assertEquals(0, new BigDecimal("3").compareTo(line(lines, "HDMI-2M").getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(1, TestDatabase.count("select count(*) from requisition_line where long_text like ?",
                "Chaise de bureau ergonomique à dossier résille%"), "the chair's long text is stored");
    }

    @Test
    void ociLatin1KeepsAccents() {
        configureOci("?variant=latin1");
        browser = Chromium.start(profile);
        startPunchOut();
        ShopPage.add(browser, "ECRAN-27-QHD", "1");
        ShopPage.add(browser, "STYLO-BLEU-50", "2");
        ShopPage.add(browser, Catalog.SCREWS, "1000");

        long requisition = checkOut();

        JsonArray lines = lines(requisition);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("Écran 27 pouces QHD, pied réglable", line(lines, "ECRAN-27-QHD").getString("description"));
        assertEquals("Stylos à bille bleus, boîte de 50", line(lines, "STYLO-BLEU-50").getString("description"));
        assertEquals("Vis à bois 4 × 40 mm, zinguées", line(lines, Catalog.SCREWS).getString("description"));
        assertAmount("289.90", line(lines, "ECRAN-27-QHD"));
        assertAmount("24.80", line(lines, "STYLO-BLEU-50"));
        assertAmount("12.50", line(lines, Catalog.SCREWS));
        assertEquals(1, TestDatabase.count("select count(*) from requisition_line where long_text like ?",
                "Écran IPS 27 pouces, 2560 × 1440 pixels%"), "the long text keeps its accents");
    }

    @Test
    void editStartsWithCurrentCart() {
        configureCxml("");
        browser = Chromium.start(profile);
        startPunchOut();
        ShopPage.add(browser, "HDMI-2M", "3");
        ShopPage.add(browser, Catalog.CHAIR, "1");
        long requisition = checkOut();

        browser.findElement(By.id("editCart-" + supplierId)).click();
        waitForShop();

        Chromium.waitForText(browser, By.id("session"), "edit");
        assertEquals("3 EA", browser.findElement(By.cssSelector("#cart-HDMI-2M .quantity")).getText(), browser.findElement(By.id("cart")).getText());
        assertTrue(browser.findElement(By.id("cart-" + Catalog.CHAIR)).getText().contains(CHAIR_CONFIGURATION),
                browser.findElement(By.id("cart")).getText());
        browser.findElement(By.id("remove-HDMI-2M")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.numberOfElementsToBe(By.id("cart-HDMI-2M"), 0));
        ShopPage.add(browser, "STYLO-BLEU-50", "2");
        long edited = checkOut();

        assertEquals(requisition, edited, "the cart comes back to the same requisition");
        JsonArray lines = lines(requisition);
        assertEquals(2, lines.size(), lines.toString());
        assertLine(line(lines, Catalog.CHAIR), "Chaise de bureau ergonomique", "1", "EA", "249.00", "1", "249.00");
        assertLine(line(lines, "STYLO-BLEU-50"), "Stylos à bille bleus, boîte de 50", "2", "BX", "12.40", "1", "24.80");
        assertEquals(1, TestDatabase.count("select count(*) from requisition_line where supplier_part_auxiliary_id = ?", CHAIR_CONFIGURATION));
    }

    /**
     * Checks out one HDMI cable over cXML with the variant, in a browser set to the language. Then
     * checks that the portal's error page shows the message and that no line is stored.
     */
    private void assertCartRejected(String language, String variant, String message) {
        configureCxml("");
        browser = Chromium.start(profile, language);
        startPunchOut();
        ShopPage.add(browser, "HDMI-2M", "1");
        browser.findElement(By.id("variant-" + variant)).click();

        browser.findElement(By.id("checkout")).click();

        Chromium.waitForText(browser, By.tagName("body"), message);
        assertEquals(0, TestDatabase.count("select count(*) from requisition_line"), "no line is stored");
    }

    /** Sets the supplier's cXML punch-out to the demo shop, with a query such as ?variant=… on the setup URL. */
    private void configureCxml(String query) {
        configure(Json.createObjectBuilder().add("protocol", "CXML").add("url", SHOP + "/cxml/setup" + query)
                .add("fromDomain", "NetworkID").add("fromIdentity", "openprocure-buyer")
                .add("toDomain", "DUNS").add("toIdentity", "123456789")
                .add("senderDomain", "NetworkID").add("senderIdentity", "openprocure-buyer")
                .add("sharedSecret", DemoShop.DEFAULT_SHARED_SECRET));
    }

    private void configureOci(String query) {
        configure(Json.createObjectBuilder().add("protocol", "OCI").add("url", SHOP + "/oci" + query)
                .add("ociParameters", Json.createObjectBuilder().add("USERNAME", DemoShop.DEFAULT_OCI_USERNAME)
                        .add("PASSWORD", DemoShop.DEFAULT_OCI_PASSWORD)));
    }

    private void configure(JsonObjectBuilder settings) {
        Api.Reply reply = ADMIN.put("/api/suppliers/" + supplierId + "/punch-out", settings.build());
        assertTrue(reply.status() == 200 || reply.status() == 204, reply.toString());
    }

    /**
     * Opens the supplier's shop from its button on the catalog page, and waits for the shop page. On
     * the test's first visit, claire signs in on the portal's list of shops, which lists it too.
     */
    private void startPunchOut() {
        if (!signedIn) {
            browser.get(Api.BASE + "/punch-out.xhtml");
            Chromium.waitFor(browser, By.id("username"));
            browser.findElement(By.id("username")).sendKeys("claire");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("kc-login")).click();
            Chromium.waitFor(browser, By.id("punchOut-" + supplierId));
            signedIn = true;
        }
        browser.get(Api.BASE + "/catalog.xhtml");
        Chromium.waitFor(browser, By.id("catalogPunchOut-" + supplierId));
        browser.findElement(By.id("catalogPunchOut-" + supplierId)).click();
        waitForShop();
    }

    private void waitForShop() {
        Chromium.waitFor(browser, By.id("checkout"));
        assertTrue(browser.getCurrentUrl().startsWith(SHOP + "/shop/"), browser.getCurrentUrl());
    }

    /**
     * Checks the cart out and waits until the portal redirects the browser to the requisition page
     * and shows its lines; returns the requisition's id.
     */
    private long checkOut() {
        browser.findElement(By.id("checkout")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(REQUISITION_ID.pattern()));
        } catch (TimeoutException e) {
            throw new AssertionError("No redirect to the requisition; the browser is on " + browser.getCurrentUrl() + ", which shows: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        Matcher matcher = REQUISITION_ID.matcher(browser.getCurrentUrl());
        assertTrue(matcher.find(), browser.getCurrentUrl());
        Chromium.waitFor(browser, By.id("lines"));
        return Long.parseLong(matcher.group(1));
    }

    private static JsonArray lines(long requisition) {
        Api.Reply reply = CLAIRE.get("/api/requisitions/" + requisition);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("lines");
    }

    private static JsonObject line(JsonArray lines, String part) {
        return lines.getValuesAs(JsonObject.class).stream().filter(line -> part.equals(line.getString("supplierPartNumber", null)))
                .findFirst().orElseThrow(() -> new AssertionError("No line of part " + part + " in " + lines));
    }

    private static void assertLine(JsonObject line, String description, String quantity, String unit, String unitPrice, String priceBasis,
                                   String netAmount) {
        assertEquals(description, line.getString("description"), line.toString());
        assertEquals(0, new BigDecimal(quantity).compareTo(line.getJsonNumber("quantity").bigDecimalValue()), "quantity of " + line);
        assertEquals(unit, line.getString("unitCode"), line.toString());
        assertEquals(0, new BigDecimal(unitPrice).compareTo(line.getJsonNumber("unitPrice").bigDecimalValue()), "unit price of " + line);
        assertEquals(0, new BigDecimal(priceBasis).compareTo(line.getJsonNumber("priceBasisQuantity").bigDecimalValue()), "price basis of " + line);
        assertAmount(netAmount, line);
    }

    private static void assertAmount(String netAmount, JsonObject line) {
        assertEquals(new BigDecimal(netAmount), line.getJsonNumber("netAmount").bigDecimalValue(), "net amount, to the cent, of " + line);
    }
}
