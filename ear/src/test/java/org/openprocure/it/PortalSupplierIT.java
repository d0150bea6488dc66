package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
 * The supplier portal in Chromium. Sophie (French, SUP-1001) gets only her company's orders,
 * confirms one line by line with another delivery date, sends a shipping notice, invoices the
 * order after the buyer's receipt with a changed price, and uploads a UBL invoice. Hugo (English,
 * SUP-1002) confirms his company's order in English.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSupplierIT {

    private static final String SOPHIE_VAT = "FR23412345678";
    private static final Api HUGO = Api.as("hugo");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WebDriver browser;
    private Path profile;
    private long sophieOrder;
    private long lucieOrder;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void twoSuppliersWithOrders() throws IOException {
        TestDatabase.clean();
        long sophieSupplier = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", SOPHIE_VAT);
        long lucieSupplier = supplier(LUCIE_COMPANY, "Café Torréfaction SARL", "FR45987654321");
        sophieOrder = id(importOrder("PO-SOPHIE-1", sophieSupplier, "EUR",
                delivered(line("1", "PAPER-A4", "Papier A4", "100", "C62", "4.20"), "2027-01-15"),
                delivered(line("2", "TONER-K", "Toner noir", "4", "C62", "60.00"), "2027-01-15")));
        lucieOrder = id(importOrder("PO-LUCIE-1", lucieSupplier, "EUR",
                delivered(line("1", "CAFE-1KG", "Café en grains", "12", "KGM", "18.00"), "2027-02-01"),
                delivered(line("2", "FILTRES", "Filtres", "50", "C62", "0.40"), "2027-02-01")));
        profile = Files.createTempDirectory("chromium-profile");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sophieSeesOnlyOwnOrders() throws IOException, InterruptedException {
        browser = Chromium.start(profile);
        signIn("sophie", "/");
        assertTrue(browser.getCurrentUrl().endsWith("/supplier/orders.xhtml"), "the portal's home sends a supplier to its orders: "
                + browser.getCurrentUrl());

        String list = text("ordersForm:orders");
        assertTrue(list.contains("PO-SOPHIE-1"), list);
        assertFalse(list.contains("PO-LUCIE-1"), list);
        assertTrue(list.contains("Nouvelle"), "an order with no line confirmed or rejected is marked new: " + list);
        Chromium.screenshot(browser, "supplier-orders-fr");

        browser.findElement(By.id("ordersForm:exportExcel")).click();
        byte[] workbook = download("commandes.xlsx");
        assertEquals("PK", new String(workbook, 0, 2, StandardCharsets.US_ASCII), "an .xlsx file is a zip archive");
        browser.findElement(By.id("ordersForm:exportPdf")).click();
        byte[] pdf = download("commandes.pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        browser.findElement(By.id("filterForm:number")).sendKeys("PO-LUCIE");
        browser.findElement(By.id("filterForm:search")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), "Aucun bon de commande ne correspond.");

        browser.findElement(By.id("filterForm:clear")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), "PO-SOPHIE-1");
        Chromium.type(browser, By.id("filterForm:issuedFrom_input"), LocalDate.now().plusDays(1).format(FRENCH_DATE));
        browser.findElement(By.id("filterForm:search")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), "Aucun bon de commande ne correspond.");
        Chromium.type(browser, By.id("filterForm:issuedFrom_input"), LocalDate.now().format(FRENCH_DATE));
        browser.findElement(By.id("filterForm:search")).click();
        Chromium.waitForText(browser, By.id("ordersForm:orders"), "PO-SOPHIE-1");

        browser.get(Api.BASE + "/supplier/order.xhtml?id=" + lucieOrder);
        Chromium.waitFor(browser, By.id("notFound"));
        assertTrue(text("notFound").contains("Commande introuvable"));
        assertFalse(browser.getPageSource().contains("PO-LUCIE-1"), "the other supplier's order number is not shown");
        assertFalse(browser.getPageSource().contains("Café en grains"), "nor its lines");
    }

    @Test
    void sophieConfirmsShipsAndInvoices() throws IOException {
        browser = Chromium.start(profile);
        signIn("sophie");
        openOrder("PO-SOPHIE-1");

        browser.findElement(By.id("rejectForm:reject")).click();
        Chromium.waitForText(browser, By.id("rejectForm"), "Indiquez le motif du refus de la commande.");

        Chromium.type(browser, By.id("confirmLinesForm:lineConfirmations:0:deliveryDate_input"), "29/01/2027");
        browser.findElement(By.id("confirmLinesForm:confirmLines")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), "Votre confirmation des lignes de la commande PO-SOPHIE-1 est enregistrée.");
        JsonArray lines = SUPPLIER.get("/api/purchase-orders/" + sophieOrder).json().getJsonArray("lines");
        assertEquals("CHANGED", lines.getJsonObject(0).getString("confirmationStatus"));
        assertEquals("2027-01-29", lines.getJsonObject(0).getString("confirmedDeliveryDate"));
        assertEquals("ACCEPTED", lines.getJsonObject(1).getString("confirmationStatus"));
        assertTrue(text("lines").contains("Acceptée avec modifications"), text("lines"));
        Chromium.screenshot(browser, "supplier-order-confirmed-fr");

        browser.findElement(By.id("shippingForm:noticeNumber")).sendKeys("BL-2026-0042");
        Chromium.type(browser, By.id("shippingForm:deliveryDate_input"), "27/01/2027");
        browser.findElement(By.id("shippingForm:carrier")).sendKeys("Geodis");
        browser.findElement(By.id("shippingForm:trackingNumber")).sendKeys("GE-123456");
        browser.findElement(By.id("shippingForm:sendNotice")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), "L'avis d'expédition BL-2026-0042 de la commande PO-SOPHIE-1 est envoyé.");
        JsonObject notice = SUPPLIER.get("/api/purchase-orders/" + sophieOrder + "/shipping-notices").array().getJsonObject(0);
        assertEquals("GE-123456", notice.getString("trackingNumber"));
        assertEquals(2, notice.getJsonArray("lines").size());
        assertEquals("SHIPPED", SUPPLIER.get("/api/purchase-orders/" + sophieOrder).json().getString("status"));
        assertTrue(text("notices").contains("BL-2026-0042"), text("notices"));

        Api.Reply receipt = receive(sophieOrder, "1", "100", "2", "4");
        assertEquals(201, receipt.status(), receipt.toString());

        browser.get(Api.BASE + "/supplier/new-invoice.xhtml?id=" + sophieOrder);
        Chromium.waitFor(browser, By.id("invoiceForm:lines"));
        assertEquals("100", browser.findElement(By.id("invoiceForm:lines:0:quantity_input")).getAttribute("value"),
                "the quantity received and accepted is still to invoice");
        assertTrue(text("differenceSummary").contains("Aucun écart"), text("differenceSummary"));
        browser.findElement(By.id("invoiceForm:number")).sendKeys("FAC-2026-0042");
        Chromium.type(browser, By.id("invoiceForm:lines:1:unitPrice_input"), "62,5");

        Chromium.waitFor(browser, By.id("invoiceForm:comparison:1:differenceTag"));
        assertTrue(text("differenceSummary").contains("Des lignes diffèrent de la commande"));
        assertTrue(browser.findElements(By.id("invoiceForm:comparison:0:differenceTag")).isEmpty(), "line 1 follows the order");
        String comparedRow = browser.findElement(By.id("invoiceForm:comparison:1:invoicedPrice")).findElement(By.xpath("..")).getAttribute("class");
        assertTrue(comparedRow.contains("difference"), "the changed price is highlighted: " + comparedRow);
        assertTrue(text("netTotal").contains("670,00"), "420,00 + 4 × 62,50: " + text("netTotal"));
        Chromium.screenshot(browser, "supplier-new-invoice-difference-fr");

        browser.findElement(By.id("invoiceForm:send")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), "La facture FAC-2026-0042 est envoyée");
        Chromium.waitFor(browser, By.id("invoiceHeading"));
        assertTrue(text("validationSummary").contains("0 erreur(s)"), text("validationSummary"));
        Chromium.screenshot(browser, "supplier-invoice-fr");
        JsonObject invoice = SUPPLIER.get("/api/invoices").array().getJsonObject(0);
        assertEquals("FAC-2026-0042", invoice.getString("number"));
        JsonObject stored = SUPPLIER.get("/api/invoices/" + id(invoice)).json();
        assertEquals("PO-SOPHIE-1", stored.getString("orderReference"));
        assertEquals(0, stored.getJsonArray("lines").getJsonObject(1).getJsonNumber("netPrice").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("62.5")), stored.toString());

        Path file = Files.createTempFile("ubl-invoice", ".xml");
        Files.write(file, UblDocuments.invoice("FAC-UBL-0043", "PO-SOPHIE-1", new UblDocuments.Line("1", "5", "C62", "4.20", null, "21.00")));
        browser.get(Api.BASE + "/supplier/invoices.xhtml");
        Chromium.waitFor(browser, By.id("invoicesForm:invoices"));
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("uploadForm:send")).click();
        Chromium.waitForText(browser, By.id("resultSummary"), "La facture FAC-UBL-0043 est reçue");
        assertTrue(text("validationSummary").contains("0 erreur(s)"), text("validationSummary"));
        String invoices = text("invoicesForm:invoices");
        assertTrue(invoices.contains("FAC-UBL-0043"), invoices);
        assertTrue(invoices.contains("FAC-2026-0042"), invoices);
        assertTrue(invoices.contains("Non payée"), invoices);
        Chromium.screenshot(browser, "supplier-invoices-fr");

        Api.Reply dispute = ACCOUNTS_PAYABLE.post("/api/invoices/" + id(invoice) + "/disputes", Json.createObjectBuilder()
                .add("reason", "PRICE").add("description", "Prix du toner au-dessus de la commande").build());
        assertEquals(201, dispute.status(), dispute.toString());
        browser.get(Api.BASE + "/supplier/disputes.xhtml");
        Chromium.waitForText(browser, By.id("disputesForm:disputes"), "Prix du toner au-dessus de la commande");
        assertTrue(text("disputesForm:disputes").contains("FAC-2026-0042"));
        Chromium.screenshot(browser, "supplier-disputes-fr");

        browser.get(Api.BASE + "/supplier/receipts.xhtml");
        Chromium.waitForText(browser, By.id("receiptsForm:receipts"), "PO-SOPHIE-1");
        assertTrue(text("receiptsForm:receipts").contains("100 reçus, 100 acceptés, 0 refusés"), text("receiptsForm:receipts"));
        Chromium.screenshot(browser, "supplier-receipts-fr");
    }

    @Test
    void hugoConfirmsInEnglish() {
        browser = Chromium.start(profile, "en-US");
        signIn("hugo");
        assertFalse(text("ordersForm:orders").contains("PO-SOPHIE-1"));
        openOrder("PO-LUCIE-1");

        Chromium.type(browser, By.id("confirmLinesForm:lineConfirmations:0:quantity_input"), "20");
        browser.findElement(By.id("confirmLinesForm:confirmLines")).click();
        Chromium.waitForText(browser, By.id("confirmLinesForm"), "Line 1 confirms 20, more than the 12 ordered.");
        String quantityMessage = browser.findElement(By.id("confirmLinesForm:lineConfirmations:0:quantity")).findElement(By.xpath("..")).getText();
        assertTrue(quantityMessage.contains("more than the 12 ordered"), "the error shows next to the quantity: " + quantityMessage);
        assertEquals("ISSUED", HUGO.get("/api/purchase-orders/" + lucieOrder).json().getString("status"));

        browser.findElement(By.id("confirmAllForm:note")).sendKeys("Delivery in one shipment");
        browser.findElement(By.id("confirmAllForm:confirmAll")).click();
        Chromium.waitForText(browser, By.id("pageMessages"), "Order PO-LUCIE-1 is confirmed.");
        assertEquals("Confirmed", text("orderStatus"));
        assertEquals("CONFIRMED", OTHER_SUPPLIER.get("/api/purchase-orders/" + lucieOrder).json().getString("status"));
        Chromium.screenshot(browser, "supplier-order-confirmed-en");
    }

    private static JsonObject delivered(JsonObject line, String deliveryDate) {
        return Json.createObjectBuilder(line).add("deliveryDate", deliveryDate).build();
    }

    private void signIn(String user) {
        signIn(user, "/supplier/orders.xhtml");
    }

    private void signIn(String user, String page) {
        Chromium.signIn(browser, user, page, By.id("ordersForm:orders"));
    }

    private void openOrder(String number) {
        browser.findElement(By.linkText(number)).click();
        Chromium.waitFor(browser, By.id("orderHeading"));
        assertTrue(text("orderHeading").contains(number), text("orderHeading"));
    }

    /**
     * Replaces the content of an input as a user does: select all, type, then leave with Tab, which
     * fires the change event. Escape would not do, because the number input of PrimeFaces 15.0.13
     * (AutoNumeric) restores the value it had on focus when Escape is pressed.
     */
    /** Waits up to 30 s for the browser to finish downloading the file, and returns its content. */
    private byte[] download(String name) throws IOException, InterruptedException {
        Path file = Chromium.downloads(profile).resolve(name);
        for (int attempt = 0; attempt < 60 && !(Files.isRegularFile(file) && Files.size(file) > 0); attempt++) {
            Thread.sleep(500);
        }
        assertTrue(Files.isRegularFile(file), "no download " + file);
        return Files.readAllBytes(file);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
