package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The follow-up pages in Chromium. The buyer filters and exports the order list, and re-sends,
 * changes and cancels an order. The buyer edits a supplier. The receiver posts goods receipts in
 * French and in English, and the requester follows their own requisitions. The supplier receives
 * its orders by e-mail on a GreenMail SMTP server at test.smtp.port, so deliveries succeed.
 */
@ExtendWith(ArquillianExtension.class)
class PortalFollowUpIT {

    private static final int SMTP_PORT = Integer.getInteger("test.smtp.port", 3025);
    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static GreenMail smtp;

    private WebDriver browser;
    private Path profile;
    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void supplierAndCostCentre() {
        TestDatabase.clean();
        Api.Reply supplier = BUYER.post("/api/suppliers", Json.createObjectBuilder()
                .add("code", SOPHIE_COMPANY).add("name", "Bureau Fournitures SA").add("vatId", "FR23412345678").add("countryCode", "FR")
                .add("contactEmail", "commandes@bureau-fournitures.example").add("contactLanguage", "fr").build());
        assertEquals(201, supplier.status(), supplier.toString());
        supplierId = id(supplier.json());
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc")).build());
        assertEquals(200, imported.status(), imported.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void buyerFollowsOrderInFrench() {
        Api.Reply channel = BUYER.put("/api/suppliers/" + supplierId + "/order-channel", Json.createObjectBuilder().add("channel", "EMAIL").build());
        assertEquals(200, channel.status(), channel.toString());
        long order = orderFromRequisition("Ramettes de papier", "100");
        String number = BUYER.get("/api/purchase-orders/" + order).json().getString("number");
        long other = Fixtures.supplier("Mobilier de Bureau SARL", "FR22123456780");
        importOrder("PO-MOBILIER-1", other, "EUR", line("1", "CH-1", "Chaise", "1", "C62", "80"));
        JsonObject late = Json.createObjectBuilder(line("1", "CH-2", "Chaise visiteur", "2", "C62", "60")).add("deliveryDate", "2020-01-15").build();
        importOrder("PO-RETARD-1", other, "EUR", late);
        awaitDelivery(order, 0, delivery -> delivery.getString("status").equals("DELIVERED"));

        open("bruno", "fr-FR", "/purchase-orders.xhtml", By.id("ordersForm:orders"));
        assertEquals("Bons de commande", browser.findElement(By.tagName("h1")).getText());
        String all = browser.findElement(By.id("ordersForm:orders")).getText();
        assertTrue(all.contains(number), all);
        assertTrue(all.contains("PO-MOBILIER-1"), all);
        browser.findElement(By.id("ordersForm:supplier")).sendKeys("fournitures");
        browser.findElement(By.id("ordersForm:search")).click();
        waitUntilGone(By.id("ordersForm:orders"), "PO-MOBILIER-1");
        assertTrue(browser.findElement(By.id("ordersForm:orders")).getText().contains(number));
        assertTrue(browser.findElement(By.id("ordersForm:orders")).getText().contains("Émise"));
        Chromium.screenshot(browser, "purchase-orders-fr");

        browser.findElement(By.id("ordersForm:supplier")).clear();
        browser.findElement(By.cssSelector("[id='ordersForm:lateOnly'] .ui-chkbox-box")).click();
        browser.findElement(By.id("ordersForm:search")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), "PO-RETARD-1");
        waitUntilGone(By.id("ordersForm:orders"), number);
        assertFalse(browser.findElement(By.id("ordersForm:orders")).getText().contains("PO-MOBILIER-1"), "no delivery date, never late");
        browser.findElement(By.id("ordersForm:reset")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), number);
        assertEquals("PK", export("ordersForm", "ordersForm:exportExcel").substring(0, 2), "an .xlsx file is a ZIP archive");
        assertEquals("%P", export("ordersForm", "ordersForm:exportPdf").substring(0, 2), "a PDF starts with %PDF");

        browser.findElement(By.linkText(number)).click();
        Chromium.waitFor(browser, By.id("orderForm:lines"));
        assertEquals(number, browser.findElement(By.id("orderNumber")).getText());
        Chromium.waitForText(browser, By.id("orderForm:deliveries"), "Remis");
        assertTrue(browser.findElement(By.id("related")).getText().contains("Demande d'achat"));
        Chromium.screenshot(browser, "purchase-order-fr");

        browser.findElement(By.cssSelector("[id$=':resend']")).click();
        Chromium.waitForText(browser, By.id("orderForm:messages"), "repart");
        awaitDelivery(order, 0, delivery -> delivery.getString("status").equals("DELIVERED") && delivery.getJsonArray("attemptLog").size() == 2);
        browser.findElement(By.id("orderForm:refreshDeliveries")).click();
        Chromium.waitForText(browser, By.cssSelector(".delivery-attempts"), "2");

        DateTimeFormatter frenchDate = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Chromium.type(browser, By.id("orderForm:lines:0:newDeliveryDate_input"), LocalDate.now().minusDays(1).format(frenchDate));
        browser.findElement(By.id("orderForm:proposeChange")).click();
        Chromium.waitForText(browser, By.id("orderForm:lines"), "est passée");
        assertEquals(0, BUYER.get("/api/purchase-orders/" + order + "/changes").array().size(), "a past date changes nothing");

        LocalDate later = LocalDate.now().plusDays(45);
        Chromium.type(browser, By.id("orderForm:lines:0:newDeliveryDate_input"), later.format(frenchDate));
        browser.findElement(By.id("orderForm:lines:0:newUnitPrice_input")).sendKeys("104");
        browser.findElement(By.id("orderForm:changeReason")).sendKeys("Hausse du prix du papier");
        browser.findElement(By.id("orderForm:proposeChange")).click();
        Chromium.waitForText(browser, By.id("orderForm:messages"), "reste dans la tolérance");
        Chromium.waitForText(browser, By.id("orderForm:changes"), "Appliquée");
        assertEquals("APPLIED", BUYER.get("/api/purchase-orders/" + order + "/changes").array().getJsonObject(0).getString("status"));
        JsonObject changedLine = BUYER.get("/api/purchase-orders/" + order).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(later.toString(), changedLine.getString("requestedDeliveryDate"));
        assertEquals(0, new BigDecimal("104").compareTo(changedLine.getJsonNumber("unitPrice").bigDecimalValue()));

        browser.findElement(By.id("orderForm:cancelOrder")).click();
        Chromium.waitFor(browser, By.id("orderForm:confirmYes"));
        browser.findElement(By.id("orderForm:confirmYes")).click();
        Chromium.waitForText(browser, By.id("orderForm"), "est absent ou vide");
        assertEquals("ISSUED", BUYER.get("/api/purchase-orders/" + order).json().getString("status"), "no reason, no cancellation");

        browser.findElement(By.id("orderForm:cancellationReason")).sendKeys("Besoin annulé par le service");
        browser.findElement(By.id("orderForm:cancelOrder")).click();
        Chromium.waitFor(browser, By.id("orderForm:confirmYes"));
        browser.findElement(By.id("orderForm:confirmYes")).click();
        Chromium.waitForText(browser, By.id("orderForm:orderStatus"), "Annulée");
        assertEquals("CANCELLED", BUYER.get("/api/purchase-orders/" + order).json().getString("status"));
        awaitDelivery(order, 2, delivery -> delivery.getString("purpose").equals("DELETE"));
        browser.findElement(By.id("orderForm:refreshDeliveries")).click();
        Chromium.waitForText(browser, By.id("orderForm:deliveries"), "Annulation");
        Chromium.screenshot(browser, "purchase-order-cancelled-fr");
    }

    @Test
    void buyerAddsLineInEnglish() {
        long order = orderFromRequisition("Cartouches", "100");
        open("bruno", "en-US", "/purchase-order.xhtml?id=" + order, By.id("orderForm:lines"));

        browser.findElement(By.id("orderForm:newLineQuantity_input")).sendKeys("2");
        browser.findElement(By.id("orderForm:proposeChange")).click();
        Chromium.waitForText(browser, By.id("newLine"), "The field \"description\" is missing or empty.");
        assertEquals(0, BUYER.get("/api/purchase-orders/" + order + "/changes").array().size(), "an incomplete line changes nothing");

        browser.findElement(By.id("orderForm:newLineDescription")).sendKeys("Toner noir TN-2420");
        browser.findElement(By.id("orderForm:newLineUnitPrice_input")).sendKeys("45.5");
        browser.findElement(By.id("orderForm:changeReason")).sendKeys("Toner forgotten in the requisition");
        Chromium.screenshot(browser, "purchase-order-new-line-en");
        browser.findElement(By.id("orderForm:proposeChange")).click();

        Chromium.waitForText(browser, By.id("orderForm:messages"), "waits for the requisition's approvers");
        JsonObject change = BUYER.get("/api/purchase-orders/" + order + "/changes").array().getJsonObject(0);
        assertEquals("PENDING_APPROVAL", change.getString("status"));
        assertTrue(change.getBoolean("addsLines"));
        JsonObject added = change.getJsonArray("newLines").getJsonObject(0);
        assertEquals("2", added.getString("lineNumber"));
        assertEquals("Toner noir TN-2420", added.getString("description"));
        assertEquals(0, new BigDecimal("45.5").compareTo(added.getJsonNumber("unitPrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("20").compareTo(added.getJsonNumber("vatRate").bigDecimalValue()), "20 % unless the buyer types another rate");
    }

    @Test
    void receiverRejectsPartOfNotice() {
        long order = id(importOrder("PO-RECEPTION-1", supplierId, "EUR",
                line("1", "PAPER-A4", "Ramette A4", "10", "C62", "4.20"),
                line("2", "TONER-K", "Toner noir", "5", "C62", "60")));
        Api.Reply notice = SUPPLIER.post("/api/purchase-orders/" + order + "/shipping-notices", Json.createObjectBuilder()
                .add("number", "BL-2027-0042").add("deliveryDate", "2027-01-15")
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("lineNumber", "1").add("quantity", 10))
                        .add(Json.createObjectBuilder().add("lineNumber", "2").add("quantity", 5)))
                .build());
        assertEquals(201, notice.status(), notice.toString());

        open("rachid", "fr-FR", "/goods-receipt.xhtml", By.id("receiptForm:reference"));
        browser.findElement(By.id("receiptForm:reference")).sendKeys("BL-INCONNU");
        browser.findElement(By.id("receiptForm:find")).click();
        Chromium.waitForText(browser, By.id("receiptForm"), "BL-INCONNU");
        browser.findElement(By.id("receiptForm:reference")).clear();
        browser.findElement(By.id("receiptForm:reference")).sendKeys("BL-2027-0042");
        browser.findElement(By.id("receiptForm:find")).click();
        Chromium.waitForText(browser, By.id("orderToReceive"), "PO-RECEPTION-1");
        assertTrue(browser.findElement(By.id("receiptForm:noticeUsed")).getText().contains("BL-2027-0042"));
        assertEquals("5", browser.findElement(By.id("receiptForm:lines:1:receivedNow_input")).getAttribute("value"));

        browser.findElement(By.id("receiptForm:lines:1:rejected_input")).sendKeys("2");
        browser.findElement(By.id("receiptForm:post")).click();
        Chromium.waitForText(browser, By.id("receiptForm"), "Indiquez pourquoi la marchandise est refusée.");
        assertEquals(0, BUYER.get("/api/purchase-orders/" + order).json().getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("receivedQuantity").intValue(), "nothing is posted while a field is wrong");
        Chromium.screenshot(browser, "goods-receipt-error-fr");

        browser.findElement(By.id("receiptForm:lines:1:rejectionReason")).sendKeys("Cartons abîmés");
        browser.findElement(By.id("receiptForm:post")).click();
        Chromium.waitFor(browser, By.id("receiptConfirmation"));
        String confirmation = browser.findElement(By.id("receiptConfirmation")).getText();
        assertTrue(confirmation.contains("Bon de réception GR-"), confirmation);
        assertTrue(confirmation.contains("Reçue"), confirmation);
        Chromium.screenshot(browser, "goods-receipt-posted-fr");

        JsonArray lines = BUYER.get("/api/purchase-orders/" + order).json().getJsonArray("lines");
        assertEquals(0, new BigDecimal("10").compareTo(lines.getJsonObject(0).getJsonNumber("receivedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("5").compareTo(lines.getJsonObject(1).getJsonNumber("receivedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("3").compareTo(lines.getJsonObject(1).getJsonNumber("acceptedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("2").compareTo(lines.getJsonObject(1).getJsonNumber("rejectedQuantity").bigDecimalValue()));
        assertEquals(1, TestDatabase.count("select count(*) from goods_receipt_line where rejection_reason = ?", "Cartons abîmés"));
        String receiptNumber = confirmation.replaceAll("(?s).*(GR-[^ \n]+).*", "$1");
        JsonObject receipt = BUYER.get("/api/purchase-orders/" + order + "/timeline").array().stream()
                .map(entry -> entry.asJsonObject())
                .filter(entry -> "GOODS_RECEIVED".equals(entry.getString("action", "")))
                .findFirst().orElseThrow();
        assertTrue(receipt.toString().contains(receiptNumber), receipt.toString());
    }

    @Test
    void receiverPostsInEnglish() {
        long order = id(importOrder("PO-RECEIPT-EN", supplierId, "EUR", line("1", "PAPER-A4", "A4 paper ream", "10", "C62", "4.20")));

        open("paul", "en-US", "/goods-receipt.xhtml", By.id("receiptForm:reference"));
        assertEquals("Goods receipt", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("receiptForm:reference")).sendKeys("PO-RECEIPT-EN");
        browser.findElement(By.id("receiptForm:find")).click();
        Chromium.waitForText(browser, By.id("orderToReceive"), "Order PO-RECEIPT-EN from Bureau Fournitures SA");
        assertEquals("", browser.findElement(By.id("receiptForm:lines:0:receivedNow_input")).getAttribute("value"), "no notice, nothing prefilled");

        browser.findElement(By.id("receiptForm:post")).click();
        Chromium.waitForText(browser, By.id("receiptForm"), "Type a quantity received now on at least one line.");
        browser.findElement(By.id("receiptForm:lines:0:receivedNow_input")).sendKeys("4");
        browser.findElement(By.id("receiptForm:post")).click();
        Chromium.waitFor(browser, By.id("receiptConfirmation"));
        String confirmation = browser.findElement(By.id("receiptConfirmation")).getText();
        assertTrue(confirmation.contains("Goods receipt GR-"), confirmation);
        assertTrue(confirmation.contains("Partially received"), confirmation);
        Chromium.screenshot(browser, "goods-receipt-posted-en");

        JsonObject line = BUYER.get("/api/purchase-orders/" + order).json().getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("4").compareTo(line.getJsonNumber("receivedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4").compareTo(line.getJsonNumber("acceptedQuantity").bigDecimalValue()));
    }

    @Test
    void requesterSeesRequisitionAndOrder() {
        Api.Reply published = ADMIN.put("/api/approval-rules", Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "cost centre manager")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .build());
        assertEquals(200, published.status(), published.toString());
        long order = orderFromRequisition("Ramettes de papier", "100");
        String orderNumber = BUYER.get("/api/purchase-orders/" + order).json().getString("number");
        long waiting = submitted("Fauteuils d'accueil", "450");
        String waitingNumber = CLAIRE.get("/api/requisitions/" + waiting).json().getString("number");

        open("claire", "fr-FR", "/requisitions.xhtml", By.id("requisitionsForm:requisitions"));
        String list = browser.findElement(By.id("requisitionsForm:requisitions")).getText();
        assertTrue(list.contains(orderNumber), list);
        assertTrue(list.contains("Validée"), list);
        assertTrue(list.contains(waitingNumber), list);
        assertTrue(list.contains("Étape 1 : cost centre manager"), list);
        assertTrue(list.contains("En attente de marc"), list);
        Chromium.screenshot(browser, "my-requisitions-fr");
        assertEquals("%P", export("requisitionsForm", "requisitionsForm:exportPdf").substring(0, 2), "a PDF starts with %PDF");

        browser.findElement(By.linkText(orderNumber)).click();
        Chromium.waitFor(browser, By.id("orderForm:lines"));
        assertEquals(orderNumber, browser.findElement(By.id("orderNumber")).getText());
        assertFalse(browser.getPageSource().contains("orderForm:proposeChange"), "a requester cannot change the order");
    }

    @Test
    void buyerEditsSupplierInEnglish() {
        long other = Fixtures.supplier("Mobilier de Bureau SARL", "FR22123456780");
        Api.Reply change = SUPPLIER.post("/api/suppliers/" + supplierId + "/bank-details-changes", Json.createObjectBuilder()
                .add("iban", "FR7630006000011234567890189").add("bic", "BNPAFRPP").add("accountHolder", "Bureau Fournitures SA").build());
        assertEquals(201, change.status(), change.toString());

        open("bruno", "en-US", "/suppliers.xhtml", By.id("suppliersForm:suppliers"));
        assertEquals("Suppliers", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("suppliersForm:text")).sendKeys("mobilier");
        browser.findElement(By.id("suppliersForm:search")).click();
        waitUntilGone(By.id("suppliersForm:suppliers"), "Bureau Fournitures SA");
        assertEquals("PK", export("suppliersForm", "suppliersForm:exportExcel").substring(0, 2), "an .xlsx file is a ZIP archive");
        browser.findElement(By.linkText("T-FR22123456780")).click();
        Chromium.waitFor(browser, By.id("supplierForm:vatId"));
        assertEquals("Supplier portal", browser.findElement(By.id("orderChannel")).getText());

        browser.findElement(By.id("supplierForm:vatId")).clear();
        browser.findElement(By.id("supplierForm:vatId")).sendKeys("FR 23 412345678");
        browser.findElement(By.id("supplierForm:save")).click();
        Chromium.waitForText(browser, By.cssSelector("[id='supplierForm:vatId'] ~ .ui-message"), "supplier SUP-1001 already has");
        browser.findElement(By.id("supplierForm:vatId")).clear();
        browser.findElement(By.id("supplierForm:vatId")).sendKeys("FR22123456780");
        browser.findElement(By.id("supplierForm:contactEmail")).sendKeys("commandes@mobilier.example");
        browser.findElement(By.id("supplierForm:save")).click();
        Chromium.waitForText(browser, By.id("supplierForm:messages"), "Supplier Mobilier de Bureau SARL is saved.");
        assertEquals("commandes@mobilier.example", BUYER.get("/api/suppliers/" + other).json().getString("contactEmail"));
        Chromium.screenshot(browser, "supplier-en");

        browser.get(Api.BASE + "/supplier.xhtml?id=" + supplierId);
        Chromium.waitForText(browser, By.id("supplierForm:bankChanges"), "Awaiting approval");
        browser.findElement(By.cssSelector("[id$=':approveBankChange']")).click();
        Chromium.waitForText(browser, By.id("supplierForm:bankChanges"), "Approved by bruno");
        assertEquals(1, TestDatabase.count("select count(*) from supplier where id = ? and iban = ?", supplierId, "FR7630006000011234567890189"));
    }

    /** Creates a requisition of 2 units at this price and submits it; below 500 EUR it is approved at once. */
    private long submitted(String title, String unitPrice) {
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", title)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", title).add("quantity", 2)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal(unitPrice)).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        Api.Reply submitted = CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY);
        assertEquals(200, submitted.status(), submitted.toString());
        return requisition;
    }

    /** Creates and submits a requisition below the automatic approval limit and returns the order it issued. */
    private long orderFromRequisition(String title, String unitPrice) {
        long requisition = submitted(title, unitPrice);
        JsonObject approved = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("APPROVED", approved.getString("status"), approved.toString());
        return id(approved.getJsonArray("purchaseOrders").getJsonObject(0));
    }

    /** Signs the user in from this page, in this browser language, and waits for the element. */
    private void open(String user, String language, String page, By element) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser = Chromium.start(profile, language);
        browser.get(Api.BASE + page);
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        Chromium.waitFor(browser, element);
    }

    /** Posts the form as the export button does, from the signed-in page, and returns the first 4 bytes of the response as text. */
    private String export(String form, String button) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[1], arguments[1]);
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(response => response.arrayBuffer())
                    .then(buffer => done(String.fromCharCode(...new Uint8Array(buffer).slice(0, 4))))
                    .catch(error => done('failed: ' + error));
                """, form, button);
        return String.valueOf(result);
    }

    private void waitUntilGone(By element, String text) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                WebElement found = browser.findElement(element);
                if (!found.getText().contains(text)) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // The table is being replaced by the Ajax update; look again.
            }
            pause();
        }
        throw new AssertionError("\"" + text + "\" still shows in " + element + " after 30 s");
    }

    /** Polls the order's deliveries for at most 30 seconds until delivery number {@code index} meets the condition. */
    private static JsonObject awaitDelivery(long order, int index, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonArray found = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = BUYER.get("/api/purchase-orders/" + order + "/deliveries");
            assertEquals(200, reply.status(), reply.toString());
            found = reply.array();
            if (found.size() > index && condition.test(found.getJsonObject(index))) {
                return found.getJsonObject(index);
            }
            pause();
        }
        throw new AssertionError("Delivery " + index + " of order " + order + " did not reach the expected state in 30 s: " + found);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
