package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.id;

import java.io.IOException;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bank details changes through the REST API: a request changes nothing until a second person on the
 * buyer side approves it, and approval e-mails the supplier's contact. The e-mail goes to a GreenMail
 * SMTP server that this test starts on 127.0.0.1 at the port test.smtp.port (3025 by default), which the test server's
 * mail-smtp socket binding is given with -Djboss.mail.server.port in arquillian.xml.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankDetailsChangeIT {

    private static final int SMTP_PORT = Integer.getInteger("test.smtp.port", 3025);
    private static final String CONTACT = "compta@bureau-fournitures.example";
    private static final String NEW_IBAN = "FR7630006000011234567890189";
    private static final String SUPPLIER_NAME = "Bureau Fournitures SA";

    private static final Api SOPHIE = Api.as("sophie");
    /** Signs in for the same supplier as sophie. */
    private static final Api OLIVIER = Api.as("olivier");
    /** Signs in for another supplier. */
    private static final Api LUCIE = Api.as("lucie");
    private static final Api AGNES = Api.as("agnes");
    private static final Api PAUL = Api.as("paul");
    private static final Api ADMIN = Api.as("admin");

    /** The body of action calls such as approval. */
    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    private static GreenMail smtp;

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

    /** Registers sophie's company with a French-speaking contact and no bank details. */
    @BeforeEach
    void supplier() throws FolderException {
        TestDatabase.clean();
        smtp.purgeEmailFromAllMailboxes();
        Api.Reply reply = BUYER.post("/api/suppliers", Json.createObjectBuilder()
                .add("code", SOPHIE_COMPANY).add("name", SUPPLIER_NAME).add("vatId", "FR23412345678").add("countryCode", "FR")
                .add("contactEmail", CONTACT).add("contactLanguage", "fr").build());
        assertEquals(201, reply.status(), reply.toString());
        supplierId = id(reply.json());
    }

    private Api.Reply requestChange(Api caller, long supplier, String iban) {
        return caller.post(changes(supplier), Json.createObjectBuilder()
                .add("iban", iban).add("bic", "BNPAFRPP").add("accountHolder", SUPPLIER_NAME).build());
    }

    /** Requests the change to {@link #NEW_IBAN} and returns its id. */
    private long requested(Api caller, long supplier) {
        Api.Reply reply = requestChange(caller, supplier, "FR76 3000 6000 0112 3456 7890 189");
        assertEquals(201, reply.status(), reply.toString());
        return id(reply.json());
    }

    private static String changes(long supplier) {
        return "/api/suppliers/" + supplier + "/bank-details-changes";
    }

    private static String change(long supplier, long changeId) {
        return changes(supplier) + "/" + changeId;
    }

    private static long storedIbans(long supplier, String iban) {
        return TestDatabase.count("select count(*) from supplier where id = ? and iban = ?", supplier, iban);
    }

    private static long notifications(long supplier) {
        return TestDatabase.count("select count(*) from notification where document_type = 'SUPPLIER' and document_id = ?", supplier);
    }

    private static long changeRows(long supplier) {
        return TestDatabase.count("select count(*) from bank_details_change where supplier_id = ?", supplier);
    }

    @Test
    void requestLeavesBankDetailsUnchanged() {
        Api.Reply reply = requestChange(SOPHIE, supplierId, "FR76 3000 6000 0112 3456 7890 189");

        assertEquals(201, reply.status(), reply.toString());
        JsonObject view = reply.json();
        assertEquals("PENDING", view.getString("status"));
        assertEquals("sophie", view.getString("requestedBy"));
        assertEquals("0189", view.getString("ibanEnding"));
        assertFalse(view.containsKey("iban"), reply.body());
        assertFalse(reply.body().contains(NEW_IBAN), reply.body());
        assertEquals(1, TestDatabase.count("select count(*) from supplier where id = ? and iban is null and bic is null", supplierId));
        assertEquals(1, TestDatabase.count("select count(*) from bank_details_change where supplier_id = ? and iban = ? and status = 'PENDING'",
                supplierId, NEW_IBAN));
        assertEquals(0, notifications(supplierId));
    }

    @Test
    void changeListShowsPendingChange() {
        long changeId = requested(SOPHIE, supplierId);

        Api.Reply staffList = BUYER.get(changes(supplierId));
        Api.Reply supplierList = SOPHIE.get(changes(supplierId));

        assertEquals(200, staffList.status(), staffList.toString());
        JsonArray changes = staffList.array();
        assertEquals(1, changes.size());
        assertEquals(changeId, id(changes.getJsonObject(0)));
        assertEquals("PENDING", changes.getJsonObject(0).getString("status"));
        assertEquals(200, supplierList.status(), supplierList.toString());
        assertEquals(1, supplierList.array().size());
        assertEquals("0189", SOPHIE.get(change(supplierId, changeId)).json().getString("ibanEnding"));
    }

    @Test
    void approvalReplacesBankDetails() {
        long changeId = requested(SOPHIE, supplierId);

        Api.Reply approved = BUYER.post(change(supplierId, changeId) + "/approval", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("bruno", approved.json().getString("decidedBy"));
        assertEquals(1, storedIbans(supplierId, NEW_IBAN));
        assertEquals(1, TestDatabase.count("select count(*) from supplier where id = ? and bic = 'BNPAFRPP' and account_holder = ?",
                supplierId, SUPPLIER_NAME));
        assertEquals(1, TestDatabase.count("""
                select count(*) from audit_entry
                where document_type = 'SUPPLIER' and document_id = ? and action = 'BANK_DETAILS_CHANGED' and actor = 'bruno'""", supplierId));
    }

    @Test
    void approvalQueuesFrenchNotificationForContact() {
        long changeId = requested(SOPHIE, supplierId);

        BUYER.post(change(supplierId, changeId) + "/approval", EMPTY);

        assertEquals(1, notifications(supplierId));
        assertEquals(1, TestDatabase.count("select count(*) from notification where document_id = ? and recipient = ? and language = 'fr'",
                supplierId, CONTACT));
        assertEquals(1, TestDatabase.count("select count(*) from notification where document_id = ? and subject like ?",
                supplierId, "%coordonnées bancaires de " + SUPPLIER_NAME + "%"));
        assertEquals(1, TestDatabase.count("select count(*) from notification where document_id = ? and body like ?",
                supplierId, "%l'IBAN se termine par 0189%"));
        assertEquals(0, TestDatabase.count("select count(*) from notification where document_id = ? and body like ?",
                supplierId, "%" + NEW_IBAN + "%"));
    }

    @Test
    void approvalSendsEmailToContact() throws MessagingException, IOException {
        long changeId = requested(SOPHIE, supplierId);

        BUYER.post(change(supplierId, changeId) + "/approval", EMPTY);

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "No e-mail reached the test SMTP server on port " + SMTP_PORT
                + "; check that arquillian.xml gives WildFly -Djboss.mail.server.port=" + SMTP_PORT);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(CONTACT, received[0].getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Modification des coordonnées bancaires de " + SUPPLIER_NAME, received[0].getSubject());
        String body = (String) received[0].getContent();
        assertTrue(body.contains("0189"), body);
        assertFalse(body.contains(NEW_IBAN), body);
        awaitNotificationStatus(supplierId, "SENT");
    }

    /** Polls the supplier's notification until it has this status, for at most 30 seconds. */
    private static void awaitNotificationStatus(long supplier, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String sql = "select count(*) from notification where document_id = ? and status = ?";
        while (TestDatabase.count(sql, supplier, status) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The notification of supplier " + supplier + " did not reach status " + status + " within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    @Test
    void requesterCannotApproveOwnRequest() {
        long changeId = requested(BUYER, supplierId);

        Api.Reply reply = BUYER.post(change(supplierId, changeId) + "/approval", EMPTY);

        assertEquals(403, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").contains("so you cannot approve it"), reply.body());
        assertEquals("PENDING", BUYER.get(change(supplierId, changeId)).json().getString("status"));
        assertEquals(0, storedIbans(supplierId, NEW_IBAN));
        assertEquals(200, AGNES.post(change(supplierId, changeId) + "/approval", EMPTY).status());
        assertEquals(1, storedIbans(supplierId, NEW_IBAN));
    }

    @Test
    void supplierCannotApprove() {
        long changeId = requested(SOPHIE, supplierId);

        assertEquals(403, SOPHIE.post(change(supplierId, changeId) + "/approval", EMPTY).status());
        assertEquals(403, OLIVIER.post(change(supplierId, changeId) + "/approval", EMPTY).status());
        assertEquals(403, OLIVIER.post(change(supplierId, changeId) + "/rejection",
                Json.createObjectBuilder().add("reason", "Not us").build()).status());
        assertEquals(0, storedIbans(supplierId, NEW_IBAN));
        assertEquals("PENDING", BUYER.get(change(supplierId, changeId)).json().getString("status"));
    }

    @Test
    void otherSupplierGetsNotFound() {
        long changeId = requested(SOPHIE, supplierId);

        Api.Reply list = LUCIE.get(changes(supplierId));
        Api.Reply single = LUCIE.get(change(supplierId, changeId));
        Api.Reply request = requestChange(LUCIE, supplierId, "DE89 3704 0044 0532 0130 00");

        assertEquals(404, list.status(), list.toString());
        assertEquals(404, single.status(), single.toString());
        assertEquals(404, request.status(), request.toString());
        assertEquals(1, changeRows(supplierId));
    }

    @Test
    void invalidIbanNamesValueAndStoresNothing() {
        Api.Reply reply = requestChange(SOPHIE, supplierId, "FR76 3000 6000 0112 3456 7890 188");

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").contains("FR76 3000 6000 0112 3456 7890 188"), reply.body());
        assertTrue(reply.json().getString("detail").contains("check digits"), reply.body());
        assertEquals(0, changeRows(supplierId));
    }

    @Test
    void secondPendingRequestIsRefused() {
        long first = requested(SOPHIE, supplierId);

        Api.Reply second = requestChange(OLIVIER, supplierId, "DE89 3704 0044 0532 0130 00");

        assertEquals(400, second.status(), second.toString());
        assertTrue(second.json().getString("detail").contains("already has a bank details change waiting for a decision"), second.body());
        assertEquals(1, changeRows(supplierId));
        assertEquals(200, PAUL.post(change(supplierId, first) + "/rejection",
                Json.createObjectBuilder().add("reason", "Not confirmed by phone").build()).status());
        assertEquals(201, requestChange(OLIVIER, supplierId, "DE89 3704 0044 0532 0130 00").status());
    }

    @Test
    void rejectionNeedsReasonAndKeepsBankDetails() {
        long changeId = requested(SOPHIE, supplierId);

        Api.Reply withoutReason = PAUL.post(change(supplierId, changeId) + "/rejection", EMPTY);
        Api.Reply rejected = PAUL.post(change(supplierId, changeId) + "/rejection",
                Json.createObjectBuilder().add("reason", "Not confirmed by phone").build());

        assertEquals(400, withoutReason.status(), withoutReason.toString());
        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("Not confirmed by phone", rejected.json().getString("rejectionReason"));
        assertEquals(0, storedIbans(supplierId, NEW_IBAN));
        assertEquals(0, notifications(supplierId));
    }

    @Test
    void decidedChangeCannotBeApprovedAgain() {
        long changeId = requested(SOPHIE, supplierId);
        PAUL.post(change(supplierId, changeId) + "/rejection", Json.createObjectBuilder().add("reason", "Not confirmed by phone").build());

        Api.Reply reply = BUYER.post(change(supplierId, changeId) + "/approval", EMPTY);

        assertEquals(409, reply.status(), reply.toString());
        assertEquals(0, storedIbans(supplierId, NEW_IBAN));
    }

    @Test
    void approvalWithoutContactIsAudited() {
        long withoutContact = Fixtures.supplier("Dépannage Imprimantes SARL", "FR45987654321");
        long changeId = requested(BUYER, withoutContact);

        Api.Reply approved = ADMIN.post(change(withoutContact, changeId) + "/approval", EMPTY);

        assertEquals(200, approved.status(), approved.toString());
        assertEquals(1, storedIbans(withoutContact, NEW_IBAN));
        assertEquals(0, notifications(withoutContact));
        assertEquals(1, TestDatabase.count("""
                select count(*) from audit_entry
                where document_type = 'SUPPLIER' and document_id = ? and action = 'BANK_DETAILS_CHANGED' and detail like ?""",
                withoutContact, "%no contact e-mail%"));
    }
}
