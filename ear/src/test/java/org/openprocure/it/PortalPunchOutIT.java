package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A requester punches out from the portal in Chromium: the start redirects to the shop's start page,
 * the cart posted back lands on the requisition page, and the page submits the requisition. A start
 * link opened while signed out keeps its supplier and cost centre through the sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class PortalPunchOutIT {

    private static final Api ADMIN = Api.as("admin");
    private static final HttpClient SHOP_PAGE = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SupplierShop shop;
    private long supplierId;
    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void shopAndBrowser() throws IOException {
        TestDatabase.clean();
        shop = new SupplierShop();
        supplierId = supplier("Workchairs SA", "FR40303265045");
        Api.Reply saved = ADMIN.put("/api/suppliers/" + supplierId + "/punch-out", Json.createObjectBuilder()
                .add("protocol", "CXML").add("url", shop.url())
                .add("fromIdentity", "AN-BUYER-01").add("toIdentity", "83528721").add("senderIdentity", "AN-BUYER-01")
                .add("sharedSecret", "portal-test-secret").build());
        assertEquals(200, saved.status(), saved.toString());
        Path profile = Files.createTempDirectory("chromium-profile");
        browser = Chromium.start(profile);
    }

    @AfterEach
    void closeBrowserAndShop() {
        if (browser != null) {
            browser.quit();
        }
        shop.close();
    }

    @Test
    void cartLandsOnRequisitionPage() throws IOException {
        signIn("claire");

        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId + "&costCentre=CC-IT");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().startsWith(shop.startPage(1)));

        String location = postCart(shop.lastRequest(), "PORTAL-1", "aux 1 &amp; more");
        browser.get(URI.create(Api.BASE).resolve(location).toString());
        Chromium.waitFor(browser, By.id("lines"));

        var row = browser.findElement(By.cssSelector("#lines tr[data-part-id='PORTAL-1']"));
        assertEquals("aux 1 & more", row.findElement(By.className("auxiliary-id")).getText());
        assertEquals("CC-IT", row.findElement(By.className("cost-centre")).getText());
        // The page writes 25,00 in French and 25.00 in English.
        assertTrue(row.findElement(By.className("line-amount")).getText().matches("25[.,]00 EUR"), row.getText());
        assertEquals(1, browser.findElements(By.id("editCart-" + supplierId)).size());

        browser.findElement(By.id("requisitionForm:submit")).click();
        Chromium.waitFor(browser, By.cssSelector("#status[data-status='APPROVED']"));
    }

    @Test
    void startLinkKeepsQueryThroughSignIn() throws IOException {
        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId + "&costCentre=CC-MAIL");
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys("claire");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().startsWith(shop.startPage(1)));
        String location = postCart(shop.lastRequest(), "PORTAL-3", "x");
        browser.get(URI.create(Api.BASE).resolve(location).toString());
        Chromium.waitFor(browser, By.id("lines"));
        assertEquals("CC-MAIL", browser.findElement(By.cssSelector("#lines tr[data-part-id='PORTAL-3'] .cost-centre")).getText());
    }

    @Test
    void costCentreIsChosenOnPage() throws IOException {
        signIn("claire");

        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().startsWith(shop.startPage(1)));
        String location = postCart(shop.lastRequest(), "PORTAL-2", "x");
        browser.get(URI.create(Api.BASE).resolve(location).toString());
        Chromium.waitFor(browser, By.id("requisitionForm:costCentre"));
        assertEquals("TO-ASSIGN", browser.findElement(By.cssSelector("#lines tr[data-part-id='PORTAL-2'] .cost-centre")).getText());

        browser.findElement(By.id("requisitionForm:costCentre")).sendKeys("CC-SALES");
        browser.findElement(By.id("requisitionForm:assignCostCentre")).click();
        Chromium.waitForText(browser, By.cssSelector("#lines tr[data-part-id='PORTAL-2'] .cost-centre"), "CC-SALES");
    }

    @Test
    void failingShopShowsError() {
        shop.answerWithHttpStatus(503);
        signIn("claire");

        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId);
        Chromium.waitFor(browser, By.id("error"));

        assertTrue(browser.findElement(By.id("error")).getText().contains("503"), browser.findElement(By.id("error")).getText());
        assertEquals(0, TestDatabase.count("select count(*) from punch_out_session"));
    }

    @Test
    void ociStartPostsFormToCatalog() {
        Api.Reply saved = ADMIN.put("/api/suppliers/" + supplierId + "/punch-out", Json.createObjectBuilder()
                .add("protocol", "OCI").add("url", shop.catalogUrl())
                .add("ociParameters", Json.createObjectBuilder().add("USERNAME", "buyer01").add("PASSWORD", "catalog-pass"))
                .build());
        assertEquals(200, saved.status(), saved.toString());
        signIn("claire");

        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId);
        Chromium.waitFor(browser, By.id("catalog"));

        assertEquals(1, shop.catalogForms().size());
        String form = URLDecoder.decode(shop.catalogForms().get(0), StandardCharsets.UTF_8);
        assertTrue(form.contains("HOOK_URL=" + Api.BASE + "/punch-out/return/"), form);
        assertTrue(form.contains("~OkCode=ADDI"), form);
        assertTrue(form.contains("~TARGET=_top"), form);
        assertTrue(form.contains("~CALLER=CTLG"), form);
        assertTrue(form.contains("OCI_VERSION=5.0"), form);
        assertTrue(form.contains("USERNAME=buyer01"), form);
        assertTrue(form.contains("PASSWORD=catalog-pass"), form);
    }

    @Test
    void buyerGetsForbiddenPage() {
        signIn("bruno");

        browser.get(Api.BASE + "/punch-out/start?supplier=" + supplierId);
        Chromium.waitFor(browser, By.id("error"));

        assertEquals("error.accessDenied", browser.findElement(By.id("error")).getAttribute("data-key"));
        assertEquals(0, shop.requests().size());
    }

    private void signIn(String user) {
        browser.get(Api.BASE + "/");
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        Chromium.waitFor(browser, By.id("ordersForm:orders"));
    }

    /** Posts a one-line cart to the setup request's return URL, as the shop's page would, and returns the redirect's Location. */
    private static String postCart(String setupRequest, String partId, String auxiliaryIdXml) throws IOException {
        String returnUrl = group(setupRequest, "<BrowserFormPost><URL>([^<]+)</URL>");
        String cart = """
                <?xml version="1.0" encoding="UTF-8"?>
                <cXML payloadID="1@shop" timestamp="2026-12-05T03:00:00+00:00"><Message><PunchOutOrderMessage>
                <BuyerCookie>%s</BuyerCookie>
                <PunchOutOrderMessageHeader operationAllowed="edit"><Total><Money currency="EUR">25.00</Money></Total></PunchOutOrderMessageHeader>
                <ItemIn quantity="2"><ItemID><SupplierPartID>%s</SupplierPartID><SupplierPartAuxiliaryID>%s</SupplierPartAuxiliaryID></ItemID>
                <ItemDetail><UnitPrice><Money currency="EUR">12.50</Money></UnitPrice><Description xml:lang="fr">Classeur</Description>
                <UnitOfMeasure>EA</UnitOfMeasure><Classification domain="UNSPSC">44122003</Classification></ItemDetail></ItemIn>
                </PunchOutOrderMessage></Message></cXML>""".formatted(group(setupRequest, "<BuyerCookie>([^<]+)</BuyerCookie>"), partId, auxiliaryIdXml);
        HttpRequest request = HttpRequest.newBuilder(URI.create(returnUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("cXML-urlencoded=" + URLEncoder.encode(cart, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = SHOP_PAGE.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(303, response.statusCode(), response.body());
            return response.headers().firstValue("Location").orElseThrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
