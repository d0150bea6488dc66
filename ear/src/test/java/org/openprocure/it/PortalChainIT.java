package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The whole order cycle through the portal's screens, by the buyer side and a supplier user, in
 * French and in English. A requisition from the catalog is approved, the supplier confirms the
 * order and sends a shipping notice, the goods are received, and an invoice written from the order
 * matches. Then an invoice above the order price is disputed, discussed on its thread by both
 * sides, and accepted once the dispute is settled. Screenshots of each main screen go to
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PortalChainIT {

    private static final Api ADMIN = Api.as("admin");

    /** The texts each language shows at the checked steps. */
    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "fr", Map.of("catalog", "Catalogue et panier", "approved", "est validée", "confirmed", "est confirmée",
                    "noticeSent", "est envoyé", "invoiceSent", "est envoyée", "matched", "Conforme", "accepted", "Écart accepté",
                    "datePattern", "dd/MM/yyyy", "price", "4,60"),
            "en", Map.of("catalog", "Catalog and cart", "approved", "is approved", "confirmed", "is confirmed",
                    "noticeSent", "is sent", "invoiceSent", "is sent", "matched", "Matched", "accepted", "Discrepancy accepted",
                    "datePattern", "yyyy-MM-dd", "price", "4.60"));

    private WebDriver browser;
    private Path profile;
    private String language;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void companyAndSupplier() {
        TestDatabase.clean();
        long supplierId = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        Api.Reply item = BUYER.post("/api/catalog/items", Json.createObjectBuilder().add("supplierId", supplierId)
                .add("supplierPartNumber", "RAM-A4").add("description", "Ramette papier A4").add("unitPrice", new BigDecimal("4.20"))
                .add("currency", "EUR").add("unitCode", "C62").build());
        assertEquals(201, item.status(), item.toString());
        assertEquals(200, ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc")).build()).status());
        Api.Reply rules = ADMIN.put("/api/approval-rules", Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "cost centre manager")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .build());
        assertEquals(200, rules.status(), rules.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void requisitionToMatchedInvoiceInFrench() throws Exception {
        requisitionToMatchedInvoice("fr");
    }

    @Test
    void requisitionToMatchedInvoiceInEnglish() throws Exception {
        requisitionToMatchedInvoice("en");
    }

    @Test
    void disputedDiscrepancyInFrench() throws Exception {
        discrepancySettledThroughDispute("fr");
    }

    @Test
    void disputedDiscrepancyInEnglish() throws Exception {
        discrepancySettledThroughDispute("en");
    }

    private void requisitionToMatchedInvoice(String pageLanguage) throws Exception {
        start(pageLanguage);

        signIn("claire", "/catalog.xhtml", By.id("catalogForm:query"));
        assertEquals(text("catalog"), browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("catalogForm:costCentre")).sendKeys("CC-ACCUEIL");
        browser.findElement(By.id("catalogForm:query")).sendKeys("ramette");
        browser.findElement(By.id("catalogForm:search")).click();
        Chromium.waitForText(browser, By.id("catalogForm:results"), "RAM-A4");
        browser.findElement(By.id("catalogForm:results:0:quantity_input")).sendKeys("250");
        browser.findElement(By.id("catalogForm:results:0:add")).click();
        Chromium.waitForText(browser, By.id("catalogForm:cartLines"), "Ramette papier A4");
        browser.findElement(By.id("catalogForm:title")).sendKeys("Papier " + pageLanguage);
        shoot("chain-" + pageLanguage + "-1-cart");
        browser.findElement(By.id("catalogForm:createRequisition")).click();
        Chromium.waitFor(browser, By.id("requisitionForm:submit"));
        String requisitionNumber = browser.findElement(By.id("number")).getText();
        browser.findElement(By.id("requisitionForm:submit")).click();
        waitForApi(() -> "SUBMITTED".equals(requisition(requisitionNumber).getString("status")),
                "requisition submitted; 1,050.00 EUR is above the amount approved at once");
        signOut();

        signIn("marc", "/approvals.xhtml", By.id("approvalsForm:inbox"));
        Chromium.waitForText(browser, By.id("approvalsForm:inbox"), requisitionNumber);
        shoot("chain-" + pageLanguage + "-2-approval");
        browser.findElement(By.cssSelector("[id$=':approve']")).click();
        Chromium.waitForText(browser, By.id("approvalsForm:messages"), text("approved"));
        signOut();

        JsonObject order = BUYER.get("/api/purchase-orders?page=0&size=1").array().getJsonObject(0);
        long orderId = id(order);
        String orderNumber = order.getString("number");

        signIn("sophie", "/supplier/order.xhtml?id=" + orderId, By.id("orderHeading"));
        browser.findElement(By.id("confirmAllForm:confirmAll")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), text("confirmed"));
        String noticeNumber = "BL-CHAIN-" + pageLanguage;
        browser.findElement(By.id("shippingForm:noticeNumber")).sendKeys(noticeNumber);
        Chromium.type(browser, By.id("shippingForm:deliveryDate_input"), LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern(text("datePattern"))));
        browser.findElement(By.id("shippingForm:sendNotice")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), text("noticeSent"));
        shoot("chain-" + pageLanguage + "-3-supplier-order");
        signOut();

        signIn("rachid", "/goods-receipt.xhtml", By.id("receiptForm:reference"));
        browser.findElement(By.id("receiptForm:reference")).sendKeys(noticeNumber);
        browser.findElement(By.id("receiptForm:find")).click();
        Chromium.waitForText(browser, By.id("orderToReceive"), orderNumber);
        browser.findElement(By.id("receiptForm:post")).click();
        Chromium.waitFor(browser, By.id("receiptConfirmation"));
        shoot("chain-" + pageLanguage + "-4-goods-receipt");
        signOut();

        signIn("sophie", "/supplier/new-invoice.xhtml?id=" + orderId, By.id("invoiceForm:lines"));
        String invoiceNumber = "FA-CHAIN-" + pageLanguage;
        browser.findElement(By.id("invoiceForm:number")).sendKeys(invoiceNumber);
        browser.findElement(By.id("invoiceForm:send")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), text("invoiceSent"));
        long invoiceId = TestDatabase.count("select id from supplier_invoice where number = ?", invoiceNumber);
        assertEquals("MATCHED", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
        signOut();

        signIn("agnes", "/invoice.xhtml?id=" + invoiceId, By.id("matchLines"));
        Chromium.waitForText(browser, By.id("matchStatus"), text("matched"));
        shoot("chain-" + pageLanguage + "-5-matched-invoice");
    }

    private void discrepancySettledThroughDispute(String pageLanguage) throws Exception {
        JsonObject order = importOrder("PO-DISPUTE-" + pageLanguage, sophieCompanyId(), "EUR", line("1", "RAM-A4", "Ramette papier A4", "10", "C62", "4.20"));
        assertEquals(201, receive(id(order), "1", "10").status());
        start(pageLanguage);

        signIn("sophie", "/supplier/new-invoice.xhtml?id=" + id(order), By.id("invoiceForm:lines"));
        String invoiceNumber = "FA-DISPUTE-" + pageLanguage;
        browser.findElement(By.id("invoiceForm:number")).sendKeys(invoiceNumber);
        Chromium.type(browser, By.id("invoiceForm:lines:0:unitPrice_input"), text("price"));
        Chromium.waitFor(browser, By.id("invoiceForm:comparison:0:differenceTag"));
        shoot("chain-" + pageLanguage + "-6-invoice-difference");
        browser.findElement(By.id("invoiceForm:send")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), text("invoiceSent"));
        long invoiceId = TestDatabase.count("select id from supplier_invoice where number = ?", invoiceNumber);
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
        signOut();

        signIn("agnes", "/invoice.xhtml?id=" + invoiceId, By.id("matchLines"));
        Chromium.choose(browser, "disputeForm:disputeReason", "PRICE");
        browser.findElement(By.id("disputeForm:disputeDescription")).sendKeys("4.20 / 4.60");
        browser.findElement(By.id("disputeForm:openDispute")).click();
        Chromium.confirm(browser);
        waitForApi(() -> ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/disputes").array().size() == 1, "dispute opened");
        post("Merci / Thanks: 4.20 EUR");
        shoot("chain-" + pageLanguage + "-7-dispute-thread");
        signOut();

        signIn("sophie", "/supplier/invoice.xhtml?id=" + invoiceId, By.id("threadForm:text"));
        Chromium.waitForText(browser, By.id("threadForm:threadMessages"), "4.20 EUR");
        post("OK, 4.20 EUR");
        shoot("chain-" + pageLanguage + "-8-supplier-reply");
        signOut();

        long disputeId = id(ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/disputes").array().getJsonObject(0));
        signIn("agnes", "/dispute.xhtml?id=" + disputeId, By.id("resolveForm:resolve"));
        Chromium.choose(browser, "resolveForm:outcome", "ACCEPTED");
        browser.findElement(By.id("resolveForm:resolve")).click();
        Chromium.confirm(browser);
        waitForApi(() -> "RESOLVED".equals(ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId + "/disputes").array().getJsonObject(0)
                .getString("status")), "dispute resolved");

        browser.get(Api.BASE + "/invoice.xhtml?id=" + invoiceId);
        Chromium.waitFor(browser, By.id("acceptForm:acceptanceReason"));
        Chromium.waitForText(browser, By.id("threadForm:threadMessages"), "OK, 4.20 EUR");
        browser.findElement(By.id("acceptForm:acceptanceReason")).sendKeys("Dispute " + disputeId);
        browser.findElement(By.id("acceptForm:accept")).click();
        Chromium.confirm(browser);
        Chromium.waitForText(browser, By.id("matchStatus"), text("accepted"));
        shoot("chain-" + pageLanguage + "-9-accepted");
        assertEquals("DISCREPANCY_ACCEPTED", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json().getString("status"));
    }

    private void start(String pageLanguage) throws Exception {
        language = pageLanguage;
        assertEquals(200, ADMIN.put("/api/users/marc", Json.createObjectBuilder().add("preferredLanguage", pageLanguage).build()).status());
        assertEquals(200, ADMIN.put("/api/users/agnes", Json.createObjectBuilder().add("preferredLanguage", pageLanguage)
                .add("approvalLimit", new BigDecimal("5000")).add("approvalCurrency", "EUR").build()).status());
        profile = Files.createTempDirectory("chromium-profile");
        browser = Chromium.start(profile, "fr".equals(pageLanguage) ? "fr-FR" : "en-US");
    }

    private static long sophieCompanyId() {
        return TestDatabase.count("select id from supplier where code = ?", SOPHIE_COMPANY);
    }

    private JsonObject requisition(String number) {
        return Api.as("claire").get("/api/requisitions?page=0&size=10").array().stream().map(v -> v.asJsonObject())
                .filter(r -> number.equals(r.getString("number"))).findFirst().orElseThrow();
    }

    private String text(String key) {
        return TEXT.get(language).get(key);
    }

    private void signIn(String user, String page, By ready) {
        Chromium.signIn(browser, user, page, ready);
    }

    private void signOut() {
        browser.findElement(By.id("signOutForm:signOut")).click();
        Chromium.waitFor(browser, By.id("username"));
    }

    private void post(String message) {
        browser.findElement(By.id("threadForm:text")).sendKeys(message);
        browser.findElement(By.id("threadForm:post")).click();
        Chromium.waitForText(browser, By.id("threadForm:threadMessages"), message);
    }

    private void shoot(String name) {
        Chromium.screenshot(browser, name);
    }

    private static void waitForApi(BooleanSupplier condition, String expectedState) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not reached within 30 s: " + expectedState);
    }
}
