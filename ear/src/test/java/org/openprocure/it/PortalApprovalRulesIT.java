package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * An administrator edits the approval rules in the portal's editor in Chromium: publishing makes a
 * new version, a bad rule set shows the service's error next to the editor and publishes nothing,
 * and other users cannot open the page.
 */
@ExtendWith(ArquillianExtension.class)
class PortalApprovalRulesIT {

    private static final Api ADMIN = Api.as("admin");
    private static final String EDITOR = "rulesForm:definition";

    private WebDriver browser;
    private Path profile;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void firstVersionAndBrowser() throws Exception {
        TestDatabase.clean();
        Api.Reply published = ADMIN.put("/api/approval-rules", ruleSet("cost centre manager", "management-control"));
        assertEquals(200, published.status(), published.toString());

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
    void administratorPublishesNewVersion() {
        preferLanguage("admin", "en");
        signIn("admin");
        WebElement link = browser.findElement(By.id("approvalRulesLink"));
        link.sendKeys(Keys.ENTER);
        Chromium.waitFor(browser, By.id(EDITOR));

        assertEquals("Approval rules", browser.findElement(By.tagName("h1")).getText());
        assertTrue(currentVersion().startsWith("Current version: 1, published by admin."), currentVersion());
        assertEquals("Rule set (JSON)", browser.findElement(By.cssSelector("label[for='" + EDITOR + "']")).getText());
        assertTrue(editor().getAttribute("aria-describedby").contains("rulesForm:definitionMessage"));
        assertTrue(editor().getDomProperty("value").contains("\"cost centre manager\""), editor().getDomProperty("value"));

        editor().clear();
        editor().sendKeys(ruleSet("department head", "management-control").toString());
        editor().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        Chromium.waitForText(browser, By.id("rulesForm:messages"), "Version 2 is published");
        assertTrue(currentVersion().startsWith("Current version: 2, published by admin."), currentVersion());
        assertTrue(editor().getDomProperty("value").contains("\"department head\""), "the editor shows the published version");
        List<String> versions = browser.findElements(By.cssSelector("[id='versionsForm:versions_data'] td.version")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("2", "1"), versions, "the versions, newest first");

        JsonObject current = ADMIN.get("/api/approval-rules").json();
        assertEquals(2, current.getInt("version"));
        assertEquals("department head", current.getJsonArray("rules").getJsonObject(0).getString("name"));
    }

    @Test
    void olderVersionCopiesToEditor() {
        assertEquals(200, ADMIN.put("/api/approval-rules", ruleSet("department head", "management-control")).status());
        preferLanguage("admin", "en");
        signIn("admin");
        browser.get(Api.BASE + "/approval-rules.xhtml");
        Chromium.waitFor(browser, By.id(EDITOR));
        assertTrue(editor().getDomProperty("value").contains("\"department head\""), "the editor starts from the current version");

        browser.findElement(By.cssSelector("[aria-label='Copy to editor 1']")).click();

        Chromium.waitForText(browser, By.id("rulesForm:messages"), "The editor now contains version 1.");
        assertTrue(editor().getDomProperty("value").contains("\"cost centre manager\""), editor().getDomProperty("value"));
        assertEquals(2, ADMIN.get("/api/approval-rules").json().getInt("version"), "copying publishes nothing");
    }

    @Test
    void badRuleSetShowsErrorAndPublishesNothing() {
        preferLanguage("admin", "fr");
        signIn("admin");
        browser.get(Api.BASE + "/approval-rules.xhtml");
        Chromium.waitFor(browser, By.id(EDITOR));
        assertEquals("Règles de validation", browser.findElement(By.tagName("h1")).getText());

        String unknownGroup = ruleSet("department head", "purchasing").toString();
        editor().clear();
        editor().sendKeys(unknownGroup);
        browser.findElement(By.id("rulesForm:publish")).click();

        Chromium.waitForText(browser, By.id("rulesForm:definitionMessage"), "purchasing");
        String error = browser.findElement(By.id("rulesForm:definitionMessage")).getText();
        assertTrue(error.contains("Le champ « fallbackGroup » nomme le groupe « purchasing »"), error);
        assertEquals("true", editor().getAttribute("aria-invalid"));
        assertEquals(unknownGroup, editor().getDomProperty("value"), "the typed text stays in the editor");

        editor().clear();
        editor().sendKeys("{\"rules\": [");
        browser.findElement(By.id("rulesForm:publish")).click();

        Chromium.waitForText(browser, By.id("rulesForm:definitionMessage"), "JSON valide");
        assertTrue(currentVersion().startsWith("Version en vigueur : 1,"), currentVersion());
        assertEquals(1, ADMIN.get("/api/approval-rules").json().getInt("version"), "nothing is published");
        assertEquals(1, TestDatabase.count("select count(*) from approval_rule_set"));
    }

    @Test
    void approverCannotOpenRules() {
        signIn("marc");
        assertTrue(browser.findElements(By.id("approvalRulesLink")).isEmpty(), "no link to the rules for an approver");

        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('approval-rules.xhtml').then(response => done(response.status), error => done(String(error)));""");
        assertEquals(403L, status);

        browser.get(Api.BASE + "/approval-rules.xhtml");
        assertTrue(browser.findElements(By.id(EDITOR)).isEmpty(), browser.getPageSource());
    }

    /** Returns a rule set of one rule with a cost centre owner's step, and a fallback group that may not exist. */
    private static JsonObject ruleSet(String ruleName, String fallbackGroup) {
        return Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", ruleName)
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", fallbackGroup)
                .build();
    }

    private static void preferLanguage(String user, String language) {
        Api.Reply reply = ADMIN.put("/api/users/" + user, Json.createObjectBuilder().add("preferredLanguage", language).build());
        assertEquals(200, reply.status(), reply.toString());
    }

    private WebElement editor() {
        return browser.findElement(By.id(EDITOR));
    }

    private String currentVersion() {
        return browser.findElement(By.id("currentVersion")).getText();
    }

    private void signIn(String user) {
        browser.get(Api.BASE + "/");
        Chromium.waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        Chromium.waitFor(browser, By.id("ordersForm:orders"));
    }
}
