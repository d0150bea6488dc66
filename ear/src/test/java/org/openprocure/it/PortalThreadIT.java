package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * bruno (buyer) and sophie (supplier SUP-1001) discuss a purchase order on its document page, each in
 * their own Chromium. Each message reaches the other page without a reload: a missing-attachment
 * request, answered with a PDF and a CSV file in one message, then resolved. The order's confirmation refreshes bruno's status live.
 */
@ExtendWith(ArquillianExtension.class)
class PortalThreadIT {

    /** The texts the test reads on the page, per browser language. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "fr-FR", Map.of("request", "Pièce manquante demandée", "resolved", "Résolu par bruno", "confirmed", "Confirmée",
                    "issued", "Émise", "confirmedEvent", "Confirmé par le fournisseur", "unread", "1 nouveau message"),
            "en-US", Map.of("request", "Missing attachment requested", "resolved", "Resolved by bruno", "confirmed", "Confirmed",
                    "issued", "Issued", "confirmedEvent", "Confirmed by the supplier", "unread", "1 new message"));

    private WebDriver buyer;
    private WebDriver supplier;
    private Path buyerProfile;
    private Path supplierProfile;
    private long order;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void orderOfSophiesCompany() throws IOException {
        TestDatabase.clean();
        long sophieSupplier = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        order = id(importOrder("PO-DISCUSS-1", sophieSupplier, "EUR", line("1", "PAPER-A4", "Papier A4", "75", "C62", "4.20")));
        buyerProfile = Files.createTempDirectory("chromium-buyer");
        supplierProfile = Files.createTempDirectory("chromium-supplier");
    }

    @AfterEach
    void closeBrowsers() {
        if (buyer != null) {
            buyer.quit();
        }
        if (supplier != null) {
            supplier.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "en-US"})
    void messagesArriveLive(String language) throws IOException {
        Map<String, String> text = TEXTS.get(language);
        String suffix = language.substring(0, 2);
        buyer = Chromium.start(buyerProfile, language);
        supplier = Chromium.start(supplierProfile, language);
        signIn(buyer, "bruno");
        signIn(supplier, "sophie");
        assertEquals("PO-DISCUSS-1", buyer.findElement(By.id("documentNumber")).getText());
        assertEquals(text.get("issued"), buyer.findElement(By.id("documentStatus")).getText());
        markNoReload(supplier);

        write(buyer, "@sophie, merci de joindre le bon de livraison.");
        Chromium.chooseLabel(buyer, "threadForm:kind", text.get("request"));
        buyer.findElement(By.id("threadForm:post")).click();
        Chromium.waitForText(buyer, By.id("threadForm:threadMessages"), "bon de livraison");

        Chromium.waitForText(supplier, By.id("threadForm:threadMessages"), "bon de livraison");
        assertTrue(supplier.findElement(By.id("threadForm:threadMessages")).getText().contains(text.get("request")));
        assertTrue(supplier.findElement(By.id("threadForm:unreadText")).getText().contains(text.get("unread")),
                supplier.findElement(By.id("threadForm:unreadText")).getText());
        assertTrue(stillSamePage(supplier), "the message arrived without reloading sophie's page");
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .format(LocalDate.now(ZoneId.of("Europe/Paris")));
        String postedAt = supplier.findElement(By.cssSelector(".thread-time")).getText();
        assertTrue(postedAt.contains(today), "time in the page's language: " + postedAt);
        Chromium.screenshot(supplier, "thread-request-live-" + suffix);

        markNoReload(buyer);
        Path deliveryNote = Files.createTempFile("BL-4711-", ".pdf");
        Files.write(deliveryNote, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path deliveredLines = Files.createTempFile("BL-4711-lignes-", ".csv");
        Files.writeString(deliveredLines, "ligne;quantité\n1;75\n", StandardCharsets.UTF_8);
        write(supplier, "Voici le bon de livraison.");
        supplier.findElement(By.cssSelector("#threadForm input[type='file']")).sendKeys(deliveryNote + "\n" + deliveredLines);
        ((JavascriptExecutor) supplier).executeScript("document.querySelector('.thread-new-message').scrollIntoView();");
        Chromium.screenshot(supplier, "thread-answer-form-" + suffix);
        supplier.findElement(By.id("threadForm:post")).click();
        Chromium.waitForText(supplier, By.id("threadForm:threadMessages"), deliveryNote.getFileName().toString());

        Chromium.waitForText(buyer, By.id("threadForm:threadMessages"), deliveryNote.getFileName().toString());
        assertTrue(buyer.findElement(By.id("threadForm:threadMessages")).getText().contains(deliveredLines.getFileName().toString()),
                "both files of the message are listed");
        assertTrue(stillSamePage(buyer), "the answer arrived without reloading bruno's page");
        scrollToLastMessage(buyer);
        Chromium.screenshot(buyer, "thread-answer-live-" + suffix);

        buyer.findElement(By.cssSelector("button[id$=':resolve']")).click();
        Chromium.waitForText(buyer, By.id("threadForm:threadMessages"), text.get("resolved"));
        JsonObject thread = SUPPLIER.get("/api/threads/PURCHASE_ORDER/" + order + "/messages").json();
        assertEquals(0, thread.getJsonObject("openFlags").getInt("MISSING_ATTACHMENT_REQUEST"));
        assertEquals(2, thread.getJsonArray("messages").size());
        assertEquals(2, thread.getJsonArray("messages").getJsonObject(1).getJsonArray("attachments").size());
        assertEquals(List.of("sophie"), thread.getJsonArray("messages").getJsonObject(0).getJsonArray("mentions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        Chromium.waitForText(supplier, By.id("threadForm:threadMessages"), text.get("resolved"));

        Api.Reply confirmed = SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "ACCEPT").build());
        assertEquals(200, confirmed.status(), confirmed.toString());
        Chromium.waitForText(buyer, By.id("documentStatus"), text.get("confirmed"));
        Chromium.waitForText(buyer, By.id("timeline"), text.get("confirmedEvent"));
        assertTrue(stillSamePage(buyer), "the status changed without reloading bruno's page");
        Chromium.screenshot(buyer, "document-status-live-" + suffix);
    }

    /**
     * The order pages of both sides show the order's status as it changes: bruno's order page when
     * sophie confirms, and sophie's when bruno cancels, both without a reload.
     */
    @Test
    void orderPagesFollowStatusLive() {
        buyer = Chromium.start(buyerProfile, "fr-FR");
        supplier = Chromium.start(supplierProfile, "fr-FR");
        signIn(buyer, "bruno", "/purchase-order.xhtml?id=" + order);
        signIn(supplier, "sophie", "/supplier/order.xhtml?id=" + order);
        assertEquals("Émise", buyer.findElement(By.id("orderForm:orderStatus")).getText());
        markNoReload(buyer);
        markNoReload(supplier);

        Api.Reply confirmed = SUPPLIER.post("/api/purchase-orders/" + order + "/confirmation",
                Json.createObjectBuilder().add("decision", "ACCEPT").build());
        assertEquals(200, confirmed.status(), confirmed.toString());
        Chromium.waitForText(buyer, By.id("orderForm:orderStatus"), "Confirmée");
        Chromium.waitForText(buyer, By.id("timeline"), "Confirmé par le fournisseur");
        assertTrue(stillSamePage(buyer), "the status changed without reloading bruno's page");

        Api.Reply cancelled = Api.as("bruno").post("/api/purchase-orders/" + order + "/cancellation",
                Json.createObjectBuilder().add("reason", "Projet abandonné").build());
        assertEquals(200, cancelled.status(), cancelled.toString());
        Chromium.waitForText(supplier, By.id("orderStatus"), "Annulée");
        assertTrue(stillSamePage(supplier), "the status changed without reloading sophie's page");
        Chromium.screenshot(supplier, "supplier-order-status-live-fr");
    }

    private void signIn(WebDriver browser, String user) {
        signIn(browser, user, "/document.xhtml?type=PURCHASE_ORDER&id=" + order);
    }

    private static void signIn(WebDriver browser, String user, String page) {
        Chromium.signIn(browser, user, page, By.id("threadForm:text"));
    }

    private static void write(WebDriver browser, String message) {
        browser.findElement(By.id("threadForm:text")).clear();
        browser.findElement(By.id("threadForm:text")).sendKeys(message);
    }

    private static void scrollToLastMessage(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.thread-message:last-child').scrollIntoView();");
    }

    /** Sets a variable on the page that a reload would lose. */
    private static void markNoReload(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.openProcureSamePage = true;");
    }

    private static boolean stillSamePage(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.openProcureSamePage === true;"));
    }
}
