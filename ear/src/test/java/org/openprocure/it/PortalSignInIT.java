package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
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

/**
 * Users sign in to the portal through the Keycloak form in Chromium. A supplier user sees their own
 * orders only and signs out. A form post without its view state is rejected. The page follows the
 * user's preferred language. A link with a query string opened while signed out keeps its query
 * through the sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSignInIT {

    private WebDriver browser;
    private Path profile;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void ordersOfTwoSuppliers() throws Exception {
        TestDatabase.clean();
        long sophie = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        long lucie = supplier(LUCIE_COMPANY, "Dépannage Imprimantes SARL", "FR45987654321");
        importOrder("PO-SOPHIE-7", sophie, "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        importOrder("PO-LUCIE-7", lucie, "EUR", line("1", "FOUR-COPIEUR", "Four du copieur", "1", "C62", "250.00"));

        profile = Files.createTempDirectory("chromium-profile");
        browser = Chromium.start(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void supplierSeesOwnOrdersAndSignsOut() {
        browser.get(Api.BASE + "/");

        Chromium.waitFor(browser, By.id("username"));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.REALM_URL), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys("lucie");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        Chromium.waitFor(browser, By.id("ordersForm:orders"));
        assertTrue(browser.getCurrentUrl().endsWith("/supplier/orders.xhtml"), "the home page sends a supplier user to its orders: "
                + browser.getCurrentUrl());
        assertEquals("Nos commandes", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".signed-in")).getText().contains("lucie"));
        String orders = browser.findElement(By.id("ordersForm:orders")).getText();
        assertTrue(orders.contains("PO-LUCIE-7"), orders);
        assertFalse(orders.contains("PO-SOPHIE-7"), orders);

        Object forged = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('orders.xhtml', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                        body: 'signOutForm=signOutForm&signOutForm%3AsignOut=x&jakarta.faces.ViewState=forged'})
                    .then(response => done(response.status), error => done(String(error)));""");
        assertTrue(forged instanceof Long, "status expected, got " + forged);
        assertTrue((Long) forged >= 400, "a sign-out without the form's view state is rejected, got " + forged);
        browser.navigate().refresh();
        Chromium.waitFor(browser, By.id("ordersForm:orders"));

        browser.findElement(By.id("signOutForm:signOut")).click();
        Chromium.waitFor(browser, By.id("username"));
        browser.get(Api.BASE + "/orders.xhtml");
        Chromium.waitFor(browser, By.id("username"));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.REALM_URL), "after signing out the portal asks to sign in again");
    }

    @Test
    void pageFollowsTheUsersPreferredLanguage() {
        signIn("hugo");
        assertEquals("Our orders", browser.findElement(By.tagName("h1")).getText(), "hugo chose English in Keycloak");

        assertEquals(200, Api.as("admin").put("/api/users/hugo", jakarta.json.Json.createObjectBuilder().add("preferredLanguage", "fr").build())
                .status());
        browser.navigate().refresh();
        Chromium.waitFor(browser, By.id("ordersForm:orders"));
        assertEquals("Nos commandes", browser.findElement(By.tagName("h1")).getText(), "the record in OpenProcure comes first");
    }

    @Test
    void requisitionLinkKeepsIdThroughSignIn() {
        long supplierId = supplier("Workchairs SA", "FR40303265045");
        Api.Reply created = Api.as("claire").post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Chaises de bureau")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Chaise de bureau").add("quantity", 2)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal("150")).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisitionId = created.json().getJsonNumber("id").longValue();
        String number = created.json().getString("number");

        browser.get(Api.BASE + "/requisition.xhtml?id=" + requisitionId);
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys("claire");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        Chromium.waitFor(browser, By.id("requisitionTitle"));
        assertTrue(browser.getCurrentUrl().endsWith("/requisition.xhtml?id=" + requisitionId),
                "the page opens with the link's query after the sign-in, got " + browser.getCurrentUrl());
        assertEquals(number, browser.findElement(By.id("number")).getText());
        assertEquals("Chaises de bureau", browser.findElement(By.id("requisitionName")).getText());

        browser.get(Api.BASE + "/requisition.xhtml");
        Chromium.waitFor(browser, By.id("requisitionTitle"));
        assertTrue(browser.getCurrentUrl().endsWith("/requisition.xhtml"),
                "a later visit without a query is not redirected again, got " + browser.getCurrentUrl());
    }

    private void signIn(String user) {
        Chromium.signIn(browser, user);
    }
}
