package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.supplier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Originals are kept unchanged with their hash for the retention period (10 years in the tests,
 * the default), then emptied by the purge with hash and metadata kept. A user's personal data is
 * erased under one pseudonym that the audit trail uses everywhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionAndErasureIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api REQUESTER = Api.as("claire");
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean();
    }

    @Test
    void originalIsKeptUntilRetentionEnds() throws NoSuchAlgorithmException {
        supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        byte[] original = UblDocuments.invoice("FA-RET-1", "PO-NONE", new UblDocuments.Line("1", "1", "C62", "10.00", null, "10.00"));
        long invoice = id(SUPPLIER.postXml("/api/invoices", original).json());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));

        JsonObject retention = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoice + "/document/retention").json();
        assertEquals(sha256, retention.getString("sha256"));
        assertEquals(10, retention.getInt("retentionYears"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusYears(10).toString(), retention.getString("retentionEnd"));
        assertFalse(retention.getBoolean("contentDeleted"));

        Api.Reply early = ADMIN.send("DELETE", "/api/invoices/" + invoice + "/document", "application/json", "");
        assertEquals(409, early.status(), early.toString());
        assertTrue(early.json().getString("detail").contains("kept until " + retention.getString("retentionEnd")), early.body());
        assertEquals(0, ADMIN.post("/api/retention/purge", EMPTY).json().getInt("contentsDeleted"), "nothing has expired yet");
        assertArrayEquals(original, ACCOUNTS_PAYABLE.getBytes("/api/invoices/" + invoice + "/document"), "the bytes are unchanged");
        assertEquals(403, ACCOUNTS_PAYABLE.send("DELETE", "/api/invoices/" + invoice + "/document", "application/json", "").status());
    }

    @Test
    void purgeDeletesOnlyExpiredBytesAndKeepsHash() {
        supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        long old = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-RET-2", "PO-NONE", new UblDocuments.Line("1", "1", "C62", "10.00", null, "10.00"))).json());
        long recent = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-RET-3", "PO-NONE", new UblDocuments.Line("1", "1", "C62", "20.00", null, "20.00"))).json());
        String oldHash = ACCOUNTS_PAYABLE.get("/api/invoices/" + old + "/document/retention").json().getString("sha256");
        TestDatabase.execute("update invoice_document set stored_at = stored_at - interval '10 years 2 days' where invoice_id = ?", old);

        JsonObject purged = ADMIN.post("/api/retention/purge", EMPTY).json();

        assertEquals(1, purged.getInt("contentsDeleted"));
        JsonObject retention = ACCOUNTS_PAYABLE.get("/api/invoices/" + old + "/document/retention").json();
        assertTrue(retention.getBoolean("contentDeleted"));
        assertEquals(oldHash, retention.getString("sha256"), "the hash is kept");
        assertEquals(1, TestDatabase.count("select count(*) from invoice_document where invoice_id = ? and content is null", old));
        assertEquals(410, ACCOUNTS_PAYABLE.get("/api/invoices/" + old + "/document").status());
        assertEquals(200, ACCOUNTS_PAYABLE.get("/api/invoices/" + old).status(), "the invoice itself stays");
        assertEquals(1, TestDatabase.count("select count(*) from invoice_document where invoice_id = ? and content is not null", recent));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where document_id = ? and action = 'ORIGINAL_CONTENT_DELETED'", old));
    }

    @Test
    void erasureReplacesUserNameEverywhereAndKeepsTrail() {
        ADMIN.put("/api/users/claire", Json.createObjectBuilder().add("displayName", "Claire Moreau")
                .add("email", "claire.moreau@example.test").add("preferredLanguage", "fr").build());
        ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "claire")).build());
        long supplierId = supplier("T-ERASE", "Réparations Express", "FR99123456789");
        Api.Reply requisition = REQUESTER.post("/api/requisitions", Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("supplierId", supplierId)
                        .add("description", "Réparation imprimante").add("quantity", 1).add("unitCode", "C62").add("unitPrice", 50.00)
                        .add("currency", "EUR").add("vatRate", 20).add("costCentre", "CC-ACCUEIL")))
                .build());
        assertEquals(201, requisition.status(), requisition.toString());
        REQUESTER.post("/api/requisitions/" + id(requisition.json()) + "/submit", EMPTY);
        long userId = TestDatabase.count("select id from user_account where username = 'claire'");
        long entriesBefore = TestDatabase.count("select count(*) from audit_entry");
        long claireEntries = TestDatabase.count("select count(*) from audit_entry where actor = 'claire'");
        assertTrue(claireEntries >= 2, "claire created and submitted the requisition");

        Api.Reply erased = ADMIN.post("/api/users/claire/erasure", EMPTY);

        assertEquals(200, erased.status(), erased.toString());
        String pseudonym = "erased-user-" + userId;
        assertEquals(pseudonym, erased.json().getString("pseudonym"));
        assertEquals(entriesBefore + 1, TestDatabase.count("select count(*) from audit_entry"), "no entry deleted, one added");
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where actor = 'claire'"));
        assertEquals(claireEntries, TestDatabase.count("select count(*) from audit_entry where actor = ?", pseudonym),
                "the same pseudonym on every entry she made");
        assertEquals(0, TestDatabase.count("select count(*) from audit_entry where detail like '%claire%'"));
        assertEquals(1, TestDatabase.count("select count(*) from purchase_requisition where requester = ?", pseudonym));
        assertEquals(1, TestDatabase.count("select count(*) from cost_centre where owner_username = ?", pseudonym));
        assertEquals(1, TestDatabase.count("select count(*) from user_account where username = ? and display_name is null and email is null"
                + " and erased_at is not null", pseudonym));
        assertEquals(0, TestDatabase.count("select count(*) from notification where recipient = 'claire.moreau@example.test'"));
        JsonObject timeline = BUYER.get("/api/requisitions/" + id(requisition.json())).json();
        assertEquals(pseudonym, timeline.getString("requester"), "the requisition still reads, under the pseudonym");

        assertEquals(409, ADMIN.post("/api/users/" + pseudonym + "/erasure", EMPTY).status(), "erased once only");
        assertEquals(404, ADMIN.post("/api/users/claire/erasure", EMPTY).status(), "the old user name is gone");
        assertEquals(403, BUYER.post("/api/users/" + pseudonym + "/erasure", EMPTY).status());
    }

    @Test
    void erasedNameInsideLongerNameIsKept() {
        ADMIN.put("/api/users/marc", Json.createObjectBuilder().add("displayName", "Marc Petit").add("preferredLanguage", "fr").build());
        ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-MARCHE").add("name", "Marché").add("owner", "marcel")).build());

        Api.Reply erased = ADMIN.post("/api/users/marc/erasure", EMPTY);

        assertEquals(200, erased.status(), erased.toString());
        assertEquals(1, TestDatabase.count("select count(*) from cost_centre where owner_username = 'marcel'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_entry where detail like '%owner marcel%'"),
                "a longer user name that starts with the erased one is left alone");
        assertFalse(ADMIN.get("/api/users").body().contains("Marc Petit"), "the display name is removed");
    }
}
