package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard counts open and late orders, invoices by status, the touchless rate and the
 * discrepancy reasons from the documents of the chain, through the API and on the portal page in
 * French and English.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void documents() {
        TestDatabase.clean();
        supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        importOrder("PO-DASH-LATE", supplierId, "EUR",
                due(line("1", "P", "Papier", "10", "C62", "4.20"), LocalDate.now().minusDays(10)),
                due(line("2", "E", "Enveloppes", "5", "C62", "2.00"), LocalDate.now().plusDays(10)));
        JsonObject matched = importOrder("PO-DASH-OK", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        assertEquals(201, receive(id(matched), "1", "10").status());
        JsonObject dearer = importOrder("PO-DASH-PRICE", supplierId, "EUR", line("1", "P", "Papier", "10", "C62", "4.20"));
        assertEquals(201, receive(id(dearer), "1", "10").status());
        invoice(UblDocuments.invoice("FA-DASH-OK", "PO-DASH-OK", new UblDocuments.Line("1", "10", "C62", "4.20", null, "42.00")), "MATCHED");
        invoice(UblDocuments.invoice("FA-DASH-PRICE", "PO-DASH-PRICE", new UblDocuments.Line("1", "10", "C62", "5.00", null, "50.00")),
                "DISCREPANCY");
    }

    @Test
    void apiCountsTheChain() {
        JsonObject figures = BUYER.get("/api/dashboard").json();

        assertEquals(1, figures.getInt("openOrders"), figures.toString());
        assertEquals(1, figures.getJsonObject("openOrdersByStatus").getInt("ISSUED"));
        assertEquals(1, figures.getInt("lateOrders"));
        assertEquals(1, figures.getInt("lateLines"), "the line due in ten days is not late");
        assertEquals("PO-DASH-LATE", figures.getJsonArray("oldestLateLines").getJsonObject(0).getString("orderNumber"));
        assertEquals(1, figures.getJsonObject("invoicesByStatus").getInt("MATCHED"));
        assertEquals(1, figures.getJsonObject("invoicesByStatus").getInt("DISCREPANCY"));
        assertEquals(1, figures.getInt("touchlessInvoices"));
        assertEquals(2, figures.getInt("invoicesInPeriod"));
        assertEquals("0.5000", figures.getJsonNumber("touchlessRate").toString());
        assertEquals(1, figures.getJsonObject("discrepancyReasons").getInt("PRICE_ABOVE_ORDER"));
        assertTrue(figures.containsKey("orderToReceiptDays"), figures.toString());
    }

    @Test
    void releasedHoldStillCountsAsHuman() {
        long matched = BUYER.get("/api/dashboard").json().getInt("touchlessInvoices");
        long invoiceId = TestDatabase.count("select id from supplier_invoice where number = ?", "FA-DASH-OK");
        Api.Reply held = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoiceId + "/hold", Json.createObjectBuilder().add("reason", "Contrôle").build());
        assertEquals(200, held.status(), held.toString());
        assertEquals(200, ACCOUNTS_PAYABLE.send("DELETE", "/api/invoices/" + invoiceId + "/hold", "application/json", "").status());

        assertEquals(matched - 1, BUYER.get("/api/dashboard").json().getInt("touchlessInvoices"), "a hold is a human action, even released");
    }

    @Test
    void badPeriodIsNamed() {
        Api.Reply reply = BUYER.get("/api/dashboard?periodDays=abc");
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.body().contains("abc"), reply.body());
        assertTrue(reply.body().contains("366"), reply.body());
        assertEquals(403, SUPPLIER.get("/api/dashboard").status(), "suppliers see no company figures");
    }

    @Test
    void pageShowsFiguresInFrench() throws Exception {
        WebDriver browser = Chromium.start(Files.createTempDirectory("chromium-profile"), "fr-FR");
        try {
            open(browser, "bruno");
            Chromium.waitForText(browser, By.tagName("h1"), "Tableau de bord");
            assertEquals("50,0 %", browser.findElement(By.id("dashboardForm:touchlessRate")).getText().replace('\u00a0', ' ')
                    .replace('\u202f', ' '));
            assertTrue(browser.findElement(By.id("invoicesTable")).getText().contains("Conforme"), browser.findElement(By.id("invoicesTable")).getText());
            assertTrue(browser.findElement(By.id("reasonsTable")).getText().contains("Prix supérieur à la commande"));
            assertTrue(browser.findElement(By.id("dashboardForm:lateLines")).getText().contains("PO-DASH-LATE"));
            assertEquals(4, browser.findElements(By.cssSelector("canvas")).size(), "one chart per panel");
            Chromium.screenshot(browser, "dashboard-fr");
        } finally {
            browser.quit();
        }
    }

    @Test
    void languageSwitchShowsFiguresInEnglish() throws Exception {
        WebDriver browser = Chromium.start(Files.createTempDirectory("chromium-profile"), "fr-FR");
        try {
            open(browser, "agnes");
            browser.findElement(By.id("languageForm:english")).click();
            Chromium.waitForText(browser, By.tagName("h1"), "Dashboard");
            assertEquals("50.0%", browser.findElement(By.id("dashboardForm:touchlessRate")).getText());
            assertTrue(browser.findElement(By.id("reasonsTable")).getText().contains("Price above order"));
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
            Chromium.screenshot(browser, "dashboard-en");
        } finally {
            browser.quit();
        }
    }

    private static void open(WebDriver browser, String user) {
        browser.get(Api.BASE + "/dashboard.xhtml");
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        Chromium.waitFor(browser, By.id("dashboardForm:figures"));
    }

    private static JsonObject due(JsonObject line, LocalDate date) {
        return Json.createObjectBuilder(line).add("deliveryDate", date.toString()).build();
    }

    private static void invoice(byte[] document, String outcome) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        assertEquals(outcome, ACCOUNTS_PAYABLE.awaitMatch(id(reply.json()), 1).getString("outcome"));
    }
}
