package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.it.Fixtures.ACCOUNTS_PAYABLE;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.approvalLimit;
import static org.openprocure.it.Fixtures.id;

import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Invoices without an order go to the owner of a cost centre, who approves or refuses them. */
@ExtendWith(ArquillianExtension.class)
class InvoicesWithoutOrderIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api MARC = Api.as("marc");
    private static final Api NADIA = Api.as("nadia");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void costCentres() {
        TestDatabase.clean();
        Api.Reply supplier = Fixtures.BUYER.post("/api/suppliers", Json.createObjectBuilder().add("code", SOPHIE_COMPANY)
                .add("name", "Bureau Fournitures SA").add("vatId", "FR23412345678").add("countryCode", "FR")
                .add("contactEmail", "contact@bureau-fournitures.example").add("contactLanguage", "fr").build());
        assertEquals(201, supplier.status(), supplier.toString());
        approvalLimit("marc", "5000");
        approvalLimit("nadia", "2000");
        approvalLimit("agnes", "5000");
        Api.Reply imported = ADMIN.post("/api/cost-centres/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "CC-ACCUEIL").add("name", "Accueil").add("owner", "marc"))
                .add(Json.createObjectBuilder().add("code", "CC-IT").add("name", "Informatique").add("owner", "nadia"))
                .add(Json.createObjectBuilder().add("code", "CC-COMPTA").add("name", "Comptabilité").add("owner", "agnes"))
                .add(Json.createObjectBuilder().add("code", "CC-OLD").add("name", "Fermé").add("owner", "marc").add("active", false))
                .build());
        assertEquals(200, imported.status(), imported.toString());
    }

    @Test
    void buyerReferenceRoutesToOwner() {
        long invoice = posted(withoutOrder("FA-NOPO-1", "CC-ACCUEIL", "120.00"));

        JsonObject stored = ACCOUNTS_PAYABLE.get("/api/invoices/" + invoice).json();
        assertEquals("AWAITING_APPROVAL", stored.getString("status"));
        assertEquals("CC-ACCUEIL", stored.getString("costCentre"));
        assertEquals(1, MARC.get("/api/invoices/awaiting-my-approval").array().size());
        assertEquals(0, NADIA.get("/api/invoices/awaiting-my-approval").array().size());

        Api.Reply approved = MARC.post("/api/invoices/" + invoice + "/approval",
                Json.createObjectBuilder().add("decision", "APPROVE").add("comment", "Abonnement annuel").build());

        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED_WITHOUT_ORDER", approved.json().getString("status"));
        assertEquals("205", approved.json().getString("lifecycleCode"));
        assertEquals("marc", approved.json().getString("approvalDecidedBy"));
        assertEquals(0, MARC.get("/api/invoices/awaiting-my-approval").array().size());
    }

    @Test
    void onlyTheOwnerDecides() {
        long invoice = posted(withoutOrder("FA-NOPO-2", "CC-ACCUEIL", "120.00"));

        Api.Reply other = NADIA.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "APPROVE").build());

        assertEquals(403, other.status());
        assertEquals("Only the owner of cost centre CC-ACCUEIL may approve or refuse invoice FA-NOPO-2.", other.json().getString("detail"));
        assertEquals("AWAITING_APPROVAL", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoice).json().getString("status"));
    }

    @Test
    void clerkRoutesAndOwnerRefuses() {
        long invoice = posted(withoutOrder("FA-NOPO-3", null, "80.00"));
        assertEquals("NO_ORDER_REFERENCE", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoice).json().getString("status"));

        Api.Reply routed = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoice + "/cost-centre", Json.createObjectBuilder().add("costCentre", "CC-IT").build());
        assertEquals(200, routed.status(), routed.toString());
        assertEquals("AWAITING_APPROVAL", routed.json().getString("status"));

        Api.Reply withoutComment = NADIA.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "REFUSE").build());
        assertEquals(400, withoutComment.status(), withoutComment.toString());
        Api.Reply refused = NADIA.post("/api/invoices/" + invoice + "/approval",
                Json.createObjectBuilder().add("decision", "refuse").add("comment", "Prestation non commandée").build());

        assertEquals(200, refused.status(), refused.toString());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("210", refused.json().getString("lifecycleCode"));
        assertEquals(1, TestDatabase.count("select count(*) from notification where subject = 'Facture FA-NOPO-3 refusée'"),
                "the supplier's contact is told in French");
    }

    @Test
    void approvalStaysWithinTheLimit() {
        long invoice = posted(withoutOrder("FA-NOPO-4", "CC-IT", "2500.00"));

        Api.Reply over = NADIA.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "APPROVE").build());

        assertEquals(403, over.status());
        assertEquals("Invoice FA-NOPO-4 totals 2500.00 EUR excluding VAT, beyond your authority limit of 2000.00 EUR.",
                over.json().getString("detail"));
    }

    @Test
    void clerkNeverApprovesOwnRouting() {
        long invoice = posted(withoutOrder("FA-NOPO-5", null, "40.00"));
        ACCOUNTS_PAYABLE.put("/api/invoices/" + invoice + "/cost-centre", Json.createObjectBuilder().add("costCentre", "CC-COMPTA").build());

        Api.Reply own = ACCOUNTS_PAYABLE.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "APPROVE").build());

        assertEquals(403, own.status());
        assertEquals("You routed invoice FA-NOPO-5 to your cost centre, so another person must approve it.", own.json().getString("detail"));
    }

    @Test
    void badRoutingAndDecisionsAreRejected() {
        long invoice = posted(withoutOrder("FA-NOPO-6", "CC-OLD", "40.00"));
        assertEquals("NO_ORDER_REFERENCE", ACCOUNTS_PAYABLE.get("/api/invoices/" + invoice).json().getString("status"),
                "a closed cost centre receives nothing");

        Api.Reply unknown = ACCOUNTS_PAYABLE.put("/api/invoices/" + invoice + "/cost-centre",
                Json.createObjectBuilder().add("costCentre", "CC-NOWHERE").build());
        assertEquals(400, unknown.status());
        assertEquals("The cost centre \"CC-NOWHERE\" does not exist or is closed.", unknown.json().getString("detail"));

        ACCOUNTS_PAYABLE.put("/api/invoices/" + invoice + "/cost-centre", Json.createObjectBuilder().add("costCentre", "CC-ACCUEIL").build());
        Api.Reply maybe = MARC.post("/api/invoices/" + invoice + "/approval", Json.createObjectBuilder().add("decision", "MAYBE").build());
        assertEquals(400, maybe.status());
        assertEquals("The decision \"MAYBE\" is not known.", maybe.json().getString("detail"));
        assertEquals(403, SUPPLIER.get("/api/cost-centres").status());
        assertEquals(403, ACCOUNTS_PAYABLE.post("/api/cost-centres/import", Json.createArrayBuilder().build()).status());
    }

    private static long posted(byte[] document) {
        Api.Reply reply = SUPPLIER.postXml("/api/invoices", document);
        assertEquals(201, reply.status(), reply.toString());
        return id(reply.json());
    }

    /** Builds an invoice with no order reference, and with the buyer reference (BT-10) when one is given. */
    private static byte[] withoutOrder(String number, String buyerReference, String amount) {
        String xml = new String(UblDocuments.invoice(number, "PLACEHOLDER", new UblDocuments.Line("1", "1", "C62", amount, null, amount)),
                StandardCharsets.UTF_8);
        String reference = buyerReference == null ? "" : "<cbc:BuyerReference>" + buyerReference + "</cbc:BuyerReference>";
        return xml.replace("<cac:OrderReference><cbc:ID>PLACEHOLDER</cbc:ID></cac:OrderReference>", reference)
                .replace("<cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>", "")
                .getBytes(StandardCharsets.UTF_8);
    }
}
