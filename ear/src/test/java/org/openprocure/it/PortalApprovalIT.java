package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.supplier;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Approvers decide from the portal's inbox in Chromium, and the e-mail that opens their step, in
 * their language, links to that inbox.
 */
@ExtendWith(ArquillianExtension.class)
class PortalApprovalIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api CLAIRE = Api.as("claire");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private WebDriver browser;
    private Path profile;
    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void rulesAndBrowser() throws Exception {
        TestDatabase.clean();
        supplierId = supplier("Mobilier de Bureau SARL", "FR22123456780");
        assertEquals(200, ADMIN.put("/api/users/marc", Json.createObjectBuilder().add("email", "marc@buyer.example")
                .add("preferredLanguage", "fr").build()).status());
        assertEquals(200, ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .build()).status());
        Api.Reply published = ADMIN.put("/api/approval-rules", Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "cost centre manager")
                        .add("step", Json.createObjectBuilder().add("position", 1).add("approvers", "COST_CENTRE_OWNER").add("mode", "ALL"))))
                .add("groups", Json.createObjectBuilder().add("management-control", Json.createArrayBuilder().add("agnes").add("paul")))
                .add("fallbackGroup", "management-control")
                .build());
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
    void ownerApprovesFromInbox() {
        long requisition = submitted();
        String number = CLAIRE.get("/api/requisitions/" + requisition).json().getString("number");
        assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'marc@buyer.example' and subject = ? "
                + "and body like ?", "La demande d'achat " + number + " attend votre validation", "%" + Api.BASE + "/approvals.xhtml%"),
                "marc gets the e-mail in French with the link to his inbox");

        signIn("marc");
        assertEquals("Demandes d'achat à valider", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("approvalsForm:inbox")).getText().contains(number));
        assertTrue(browser.findElement(By.id("approvalsForm:inbox")).getText().contains("CC-ACCUEIL"), "the cost centre column");
        browser.findElement(By.cssSelector(".ui-row-toggler")).click();
        Chromium.waitForText(browser, By.cssSelector("[id$=':history']"), "marc – à décider");
        Chromium.screenshot(browser, "approvals-fr");
        browser.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("OK pour l'accueil, livraison avant le 15");
        browser.findElement(By.cssSelector("[id$=':approve']")).click();

        Chromium.waitForText(browser, By.id("approvalsForm:messages"), number);
        assertTrue(browser.findElement(By.id("approvalsForm:messages")).getText().contains("est validée"));
        assertTrue(browser.findElement(By.id("approvalsForm:inbox")).getText().contains("Aucune demande d'achat n'attend votre décision."));
        JsonObject approved = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("OK pour l'accueil, livraison avant le 15",
                approved.getJsonArray("approvalSteps").getJsonObject(0).getJsonArray("tasks").getJsonObject(0).getString("comment"));
        assertTrue(CLAIRE.get("/api/requisitions/" + requisition + "/timeline").body().contains("comment: OK pour l'accueil"),
                "the comment is in the requisition's timeline");
    }

    @Test
    void longApprovalCommentRejected() {
        long requisition = submitted();

        Api.Reply rejected = Api.as("marc").post("/api/requisitions/" + requisition + "/approve",
                Json.createObjectBuilder().add("comment", "x".repeat(1001)).build());

        assertEquals(400, rejected.status(), rejected.toString());
        assertTrue(rejected.body().contains("comment"), rejected.body());
        assertEquals("SUBMITTED", CLAIRE.get("/api/requisitions/" + requisition).json().getString("status"));
    }

    @Test
    void rejectionNeedsReasonInPortal() {
        long requisition = submitted();
        signIn("marc");

        browser.findElement(By.cssSelector("[id$=':reject']")).click();
        Chromium.waitForText(browser, By.id("approvalsForm:messages"), "reason");
        assertEquals("SUBMITTED", CLAIRE.get("/api/requisitions/" + requisition).json().getString("status"));

        browser.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Déjà commandé");
        browser.findElement(By.cssSelector("[id$=':reject']")).click();

        Chromium.waitForText(browser, By.id("approvalsForm:messages"), "est refusée");
        JsonObject rejected = CLAIRE.get("/api/requisitions/" + requisition).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Déjà commandé", rejected.getString("rejectionReason"));
    }

    private long submitted() {
        Api.Reply created = CLAIRE.post("/api/requisitions", Json.createObjectBuilder()
                .add("title", "Fauteuils d'accueil")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", supplierId).add("description", "Fauteuil d'accueil").add("quantity", 2)
                        .add("unitCode", "C62").add("unitPrice", new BigDecimal("450.00")).add("currency", "EUR").add("vatRate", 20)
                        .add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, created.status(), created.toString());
        long requisition = id(created.json());
        assertEquals(200, CLAIRE.post("/api/requisitions/" + requisition + "/submit", EMPTY).status());
        return requisition;
    }

    private void signIn(String user) {
        Chromium.signIn(browser, user, "/approvals.xhtml", By.id("approvalsForm:inbox"));
    }
}
