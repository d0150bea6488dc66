package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.supplier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A buyer imports a catalog file in the portal's import page in Chromium, follows the import and reads its errors in French. */
@ExtendWith(ArquillianExtension.class)
class PortalCatalogImportIT {

    private static final Api ADMIN = Api.as("admin");

    private WebDriver browser;
    private Path profile;
    private Path file;
    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void supplierFileAndBrowser() throws Exception {
        TestDatabase.clean();
        supplierId = supplier("Quincaillerie Dupont", "FR55123456789");
        Api.Reply french = ADMIN.put("/api/users/bruno", Json.createObjectBuilder().add("preferredLanguage", "fr").build());
        assertEquals(200, french.status(), french.toString());
        file = Files.createTempFile("catalogue-", ".csv");
        Files.writeString(file, """
                Référence fournisseur;Désignation;Prix unitaire;Devise;Unité
                VIS-1;Vis à bois 4x40 (boîte de 200);6,90;EUR;C62
                VIS-2;Vis à métaux;six euros;EUR;C62
                """, StandardCharsets.UTF_8);

        profile = Files.createTempDirectory("chromium-profile");
        browser = Chromium.start(profile);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        Files.deleteIfExists(file);
    }

    @Test
    void buyerImportsFileAndReadsErrors() {
        Chromium.signIn(browser, "bruno");
        browser.findElement(By.id("catalogImportsLink")).click();
        Chromium.waitFor(browser, By.id("importForm:start"));
        assertEquals("Import de catalogue", browser.findElement(By.tagName("h1")).getText());

        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.getElementById('importForm:supplier_input').value = arguments[0];", Long.toString(supplierId));
        script.executeScript("document.getElementById('importForm:mode:0').checked = true;");
        WebElement upload = browser.findElement(By.cssSelector("input[type='file']"));
        upload.sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("importForm:start")).click();

        Chromium.waitForText(browser, By.id("progressForm:progress"), "active");
        String status = text(By.id("status"));
        assertTrue(status.startsWith("Version 1 : active, format CSV"), status);
        assertEquals("2 lignes lues, 1 acceptées, 1 refusées, 1 erreurs.", text(By.id("counts")));
        Chromium.waitForText(browser, By.id("errorsForm:errors"), "Prix unitaire");
        String errors = text(By.id("errorsForm:errors"));
        assertTrue(errors.contains("La colonne « Prix unitaire » contient « six euros », qui n'est pas un nombre."), errors);
        assertEquals("VIS-1", BUYER.get("/api/catalog/items?q=vis").array().getJsonObject(0).getString("supplierPartNumber"));
    }

    /** Returns the element's text with no-break spaces as plain spaces, whichever of the two the browser reports. */
    private String text(By element) {
        return browser.findElement(element).getText().replace('\u00a0', ' ');
    }
}
