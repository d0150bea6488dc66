package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.approvalLimit;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.receive;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What accounts payable does with an invoice in discrepancy: hold it, ask for a credit note, open
 * and settle a dispute, or accept it within their authority. Each action is in the trail, and the
 * invoice's French lifecycle status follows: 204, 205, 207, 208, 210.
 */
@ExtendWith(ArquillianExtension.class)
class AfterDiscrepancyIT {

    private long invoiceId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Posts an invoice of 75 against 50 received, a quantity discrepancy, from a supplier with a contact. */
    @BeforeEach
    void invoiceInDiscrepancy() {
        TestDatabase.clean();
        Api.Reply supplier = BUYER.post("/api/suppliers", Json.createObjectBuilder().add("code", SOPHIE_COMPANY)
                .add("name", "Bureau Fournitures SA").add("vatId", "FR23412345678").add("countryCode", "FR")
                .add("contactEmail", "compta@bureau-fournitures.example").add("contactLanguage", "fr").build());
        JsonObject order = importOrder("PO-DISP", id(supplier.json()), "EUR", line("1", "PAPER-A4", "Papier", "75", "C62", "4.20"));
        receive(id(order), "1", "50");
        invoiceId = id(SUPPLIER.postXml("/api/invoices",
                UblDocuments.invoice("FA-DISP", "PO-DISP", new UblDocuments.Line("1", "75", "C62", "4.20", null, "315.00"))).json());
        assertEquals("DISCREPANCY", ACCOUNTS_PAYABLE.awaitMatch(invoiceId, 1).getString("outcome"));
    }

    @Test
    void holdSuspendsUntilReleased() {
        assertEquals("204", invoice().getString("lifecycleCode"));

        JsonObject onHold = ACCOUNTS_PAYABLE.put(path("/hold"), reason("Contrôle du stock en cours")).json();
        assertEquals("208", onHold.getString("lifecycleCode"));
        assertEquals(true, onHold.getBoolean("onHold"));
        assertEquals(409, ACCOUNTS_PAYABLE.put(path("/hold"), reason("Encore")).status());

        JsonObject released = ACCOUNTS_PAYABLE.send("DELETE", path("/hold"), "application/json", "").json();
        assertEquals("204", released.getString("lifecycleCode"));
        assertTrue(actions().containsAll(List.of("PUT_ON_HOLD", "LIFECYCLE_208", "HOLD_RELEASED")), actions().toString());
        assertEquals(403, SUPPLIER.put(path("/hold"), reason("Moi aussi")).status());
    }

    @Test
    void disputeOpenedAndSettled() {
        JsonObject draft = Json.createObjectBuilder().add("reason", "QUANTITY").add("description", "25 ramettes facturées non livrées")
                .add("disputedLines", "1").add("disputedAmount", 105).add("deadline", LocalDate.now().plusDays(10).toString()).build();

        Api.Reply opened = ACCOUNTS_PAYABLE.post(path("/disputes"), draft);

        assertEquals(201, opened.status(), opened.toString());
        assertEquals("OPEN", opened.json().getString("status"));
        assertEquals("207", invoice().getString("lifecycleCode"));
        assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'compta@bureau-fournitures.example'"
                + " and subject = 'Litige sur la facture FA-DISP'"));
        assertEquals(409, ACCOUNTS_PAYABLE.post(path("/disputes"), draft).status(), "one open dispute at a time");
        assertEquals(1, SUPPLIER.get(path("/disputes")).array().size(), "the supplier sees the dispute on its invoice");
        assertEquals(403, SUPPLIER.post(path("/disputes"), draft).status());
        assertEquals(404, OTHER_SUPPLIER.get(path("/disputes")).status());

        long disputeId = id(opened.json());
        JsonObject resolved = ACCOUNTS_PAYABLE.post(path("/disputes/" + disputeId + "/resolution"), Json.createObjectBuilder()
                .add("outcome", "INVOICE_REFUSED").add("note", "Le fournisseur annule la facture").build()).json();

        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("210", invoice().getString("lifecycleCode"));
        assertTrue(actions().containsAll(List.of("DISPUTE_OPENED", "LIFECYCLE_207", "DISPUTE_RESOLVED", "LIFECYCLE_210")), actions().toString());
        assertEquals(409, ACCOUNTS_PAYABLE.post(path("/disputes/" + disputeId + "/resolution"), Json.createObjectBuilder()
                .add("outcome", "ACCEPTED").build()).status());
    }

    @Test
    void badDisputeIsRejectedAndNothingStored() {
        Api.Reply past = ACCOUNTS_PAYABLE.post(path("/disputes"), Json.createObjectBuilder().add("reason", "PRICE")
                .add("description", "Prix").add("deadline", "2020-01-31").build());
        Api.Reply cents = ACCOUNTS_PAYABLE.post(path("/disputes"), Json.createObjectBuilder().add("reason", "PRICE")
                .add("description", "Prix").add("disputedAmount", 1.234).build());

        assertEquals(400, past.status());
        assertEquals("The deadline 2020-01-31 is already past.", past.json().getString("detail"));
        assertEquals(400, cents.status());
        assertEquals(0, TestDatabase.count("select count(*) from invoice_dispute"));
        assertEquals("204", invoice().getString("lifecycleCode"));
    }

    @Test
    void creditNoteRequestEmailsSupplier() {
        Api.Reply requested = ACCOUNTS_PAYABLE.post(path("/credit-note-request"), reason("25 ramettes non livrées"));

        assertEquals(200, requested.status(), requested.toString());
        assertEquals(1, TestDatabase.count("select count(*) from notification where subject = 'Demande d''avoir pour la facture FA-DISP'"));
        assertTrue(actions().contains("CREDIT_NOTE_REQUESTED"));
        assertEquals(400, ACCOUNTS_PAYABLE.post(path("/credit-note-request"), reason(" ")).status());
    }

    @Test
    void acceptanceStaysWithinAuthority() {
        JsonObject acceptance = reason("Le reste arrive demain");

        Api.Reply none = ACCOUNTS_PAYABLE.post(path("/discrepancy-acceptance"), acceptance);
        assertEquals(403, none.status());
        approvalLimit("agnes", "100.00");
        Api.Reply over = ACCOUNTS_PAYABLE.post(path("/discrepancy-acceptance"), acceptance);
        assertEquals(403, over.status());
        assertEquals("Invoice FA-DISP totals 315.00 EUR excluding VAT, beyond your authority limit of 100.00 EUR.",
                over.json().getString("detail"));

        approvalLimit("agnes", "1000.00");
        JsonObject accepted = ACCOUNTS_PAYABLE.post(path("/discrepancy-acceptance"), acceptance).json();
        assertEquals("DISCREPANCY_ACCEPTED", accepted.getString("status"));
        assertEquals("205", accepted.getString("lifecycleCode"));
    }

    private JsonObject invoice() {
        return ACCOUNTS_PAYABLE.get("/api/invoices/" + invoiceId).json();
    }

    private List<String> actions() {
        return ACCOUNTS_PAYABLE.get(path("/timeline")).array().getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("action")).toList();
    }

    private String path(String rest) {
        return "/api/invoices/" + invoiceId + rest;
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }
}
