package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A requester builds a requisition on the catalog page: a catalog item found by search, a
 * free-text line whose missing price is named next to its field, then the requisition, in French
 * and in English.
 */
@ExtendWith(ArquillianExtension.class)
class PortalCatalogCartIT {

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void catalog() {
        TestDatabase.clean();
        long supplierId = supplier("Mobilier de Bureau SARL", "FR22123456780");
        Api.Reply added = BUYER.post("/api/catalog/items", Json.createObjectBuilder().add("supplierId", supplierId)
                .add("supplierPartNumber", "CH-ERGO-1").add("description", "Chaise ergonomique").add("unitPrice", new BigDecimal("189.90"))
                .add("currency", "EUR").add("unitCode", "C62").build());
        assertEquals(201, added.status(), added.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cartBecomesRequisitionInFrench() throws Exception {
        browser = Chromium.start(Files.createTempDirectory("chromium-profile"), "fr-FR");
        open("claire");
        assertEquals("Catalogue et panier", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("catalogForm:costCentre")).sendKeys("CC-ACCUEIL");
        browser.findElement(By.id("catalogForm:query")).sendKeys("chaise");
        browser.findElement(By.id("catalogForm:search")).click();
        Chromium.waitForText(browser, By.id("catalogForm:results"), "CH-ERGO-1");
        browser.findElement(By.id("catalogForm:results:0:quantity_input")).sendKeys("3");
        browser.findElement(By.id("catalogForm:results:0:add")).click();
        Chromium.waitForText(browser, By.id("catalogForm:cartLines"), "Chaise ergonomique");
        assertTrue(browser.findElement(By.id("catalogForm:totals")).getText().contains("569,70"),
                browser.findElement(By.id("catalogForm:totals")).getText());

        chooseSupplier("Mobi");
        browser.findElement(By.id("catalogForm:freeDescription")).sendKeys("Montage des chaises");
        browser.findElement(By.id("catalogForm:freeQuantity_input")).sendKeys("1");
        browser.findElement(By.id("catalogForm:addFreeText")).click();
        Chromium.waitForText(browser, By.cssSelector("[id='catalogForm:freeUnitPrice'] ~ .ui-message-error"), "unitPrice");
        assertEquals(1, browser.findElements(By.cssSelector("#catalogForm\\:cartLines tbody tr[data-ri]")).size(),
                "nothing is added while the price is missing");

        browser.findElement(By.id("catalogForm:freeUnitPrice_input")).sendKeys("45");
        browser.findElement(By.id("catalogForm:addFreeText")).click();
        Chromium.waitForText(browser, By.id("catalogForm:cartLines"), "Montage des chaises");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('cartHeading').scrollIntoView()");
        Chromium.screenshot(browser, "catalog-cart-fr");

        browser.findElement(By.id("catalogForm:title")).sendKeys("Chaises de l'accueil");
        browser.findElement(By.id("catalogForm:createRequisition")).click();
        Chromium.waitFor(browser, By.id("requisitionTitle"));
        String number = browser.findElement(By.id("number")).getText();
        List<WebElement> lines = browser.findElements(By.cssSelector("#lines tbody tr"));
        assertEquals(2, lines.size());
        JsonObject requisition = Api.as("claire").get("/api/requisitions?page=0&size=5").array().getJsonObject(0);
        assertEquals(number, requisition.getString("number"));
        assertEquals("DRAFT", requisition.getString("status"));
    }

    @Test
    void emptyCartIsNamedInEnglish() throws Exception {
        browser = Chromium.start(Files.createTempDirectory("chromium-profile"), "en-US");
        open("claire");
        browser.findElement(By.id("languageForm:english")).click();
        Chromium.waitForText(browser, By.tagName("h1"), "Catalog and cart");

        browser.findElement(By.id("catalogForm:createRequisition")).click();
        Chromium.waitForText(browser, By.cssSelector(".ui-message-error"), "The cart is empty");

        browser.findElement(By.id("catalogForm:query")).sendKeys("CH-ERGO");
        browser.findElement(By.id("catalogForm:search")).click();
        Chromium.waitForText(browser, By.id("catalogForm:results"), "189.90");
        browser.findElement(By.id("catalogForm:results:0:add")).click();
        Chromium.waitForText(browser, By.cssSelector("[id='catalogForm:results:0:quantity'] ~ .ui-message-error"), "quantity");
        Chromium.screenshot(browser, "catalog-cart-en");
    }

    private void open(String user) {
        browser.get(Api.BASE + "/catalog.xhtml");
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        Chromium.waitFor(browser, By.id("catalogForm:query"));
    }

    private void chooseSupplier(String start) {
        WebElement field = browser.findElement(By.id("catalogForm:freeSupplier_input"));
        field.sendKeys(start);
        Chromium.waitFor(browser, By.cssSelector("#catalogForm\\:freeSupplier_panel li"));
        browser.findElement(By.cssSelector("#catalogForm\\:freeSupplier_panel li")).click();
        field.sendKeys(Keys.TAB);
    }
}
