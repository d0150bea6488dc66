package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** Master data and orders built through the API, by the demo users whose role allows it. */
final class Fixtures {

    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../../shared/samples"));
    static final Path FRENCH_EN16931_INVOICE = SAMPLES.resolve("facturx-zugferd-cii/akretion-factur-x/tests/fixtures/xml/ubl-21-en16931.xml");
    static final Path UBL_INVOICES = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl/invoice");
    static final Path UBL_ORDER = SAMPLES.resolve("ubl-2.1/phax-ph-ubl/ph-ubl-testfiles/src/main/resources/external/test-ubl/order/UBL-Order-2.1-Example.xml");

    static final Api BUYER = Api.as("bruno");
    static final Api RECEIVER = Api.as("rachid");
    /** sophie (and olivier) sign in for the supplier with this code; lucie (and hugo) for the other one. */
    static final String SOPHIE_COMPANY = "SUP-1001";
    static final String LUCIE_COMPANY = "SUP-1002";
    static final Api SUPPLIER = Api.as("sophie");
    static final Api OTHER_SUPPLIER = Api.as("lucie");
    static final Api ACCOUNTS_PAYABLE = Api.as("agnes");

    private Fixtures() {
    }

    /** Registers a supplier that no demo supplier user signs in for. */
    static long supplier(String name, String vatId) {
        return supplier("T-" + vatId, name, vatId);
    }

    /** Registers a supplier with this code, such as {@link #SOPHIE_COMPANY} for one whose documents sophie handles. */
    static long supplier(String code, String name, String vatId) {
        return supplier(BUYER, code, name, vatId);
    }

    /** Registers a supplier through this buyer's client, which may call another server. */
    static long supplier(Api buyer, String code, String name, String vatId) {
        Api.Reply reply = buyer.post("/api/suppliers", Json.createObjectBuilder()
                .add("code", code).add("name", name).add("vatId", vatId).add("countryCode", "FR").build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Gives the user an approval limit in euros on their record in the product, as an administrator does. */
    static void approvalLimit(String username, String amount) {
        Api.Reply reply = Api.as("admin").put("/api/users/" + username, Json.createObjectBuilder()
                .add("approvalLimit", new java.math.BigDecimal(amount)).add("approvalCurrency", "EUR").build());
        assertEquals(200, reply.status(), reply.toString());
    }

    /** Builds an order line as the ERP sends it: number, supplier part, description, quantity, unit and price. */
    static JsonObject line(String lineNumber, String part, String description, String quantity, String unit, String price) {
        return Json.createObjectBuilder()
                .add("lineNumber", lineNumber).add("supplierPartNumber", part).add("description", description)
                .add("quantity", Json.createValue(new java.math.BigDecimal(quantity))).add("unitCode", unit)
                .add("unitPrice", Json.createValue(new java.math.BigDecimal(price))).add("vatRate", 20)
                .build();
    }

    static JsonObject importOrder(String number, long supplierId, String currency, JsonObject... lines) {
        return importOrder(BUYER, number, supplierId, currency, Json.createArrayBuilder().build(), lines);
    }

    /** Imports an order that foresees these document-level charges and allowances, built by {@link #charge} and {@link #allowance}. */
    static JsonObject importOrder(String number, long supplierId, String currency, JsonArray allowanceCharges, JsonObject... lines) {
        return importOrder(BUYER, number, supplierId, currency, allowanceCharges, lines);
    }

    /** Imports an order through this buyer's client, which may call another server. */
    static JsonObject importOrder(Api buyer, String number, long supplierId, String currency, JsonObject... lines) {
        return importOrder(buyer, number, supplierId, currency, Json.createArrayBuilder().build(), lines);
    }

    private static JsonObject importOrder(Api buyer, String number, long supplierId, String currency, JsonArray allowanceCharges,
                                          JsonObject... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject line : lines) {
            array.add(line);
        }
        Api.Reply reply = buyer.post("/api/purchase-orders", Json.createObjectBuilder()
                .add("number", number).add("supplierId", supplierId).add("currency", currency).add("lines", array)
                .add("allowanceCharges", allowanceCharges).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    /** Builds a charge that an order foresees, leaving out a null code or reason. */
    static JsonObject charge(String reasonCode, String reason, String amount) {
        return allowanceCharge(true, reasonCode, reason, amount);
    }

    /** Builds an allowance that an order foresees, leaving out a null code or reason. */
    static JsonObject allowance(String reasonCode, String reason, String amount) {
        return allowanceCharge(false, reasonCode, reason, amount);
    }

    private static JsonObject allowanceCharge(boolean charge, String reasonCode, String reason, String amount) {
        var entry = Json.createObjectBuilder().add("charge", charge).add("amount", Json.createValue(new java.math.BigDecimal(amount)));
        if (reasonCode != null) {
            entry.add("reasonCode", reasonCode);
        }
        if (reason != null) {
            entry.add("reason", reason);
        }
        return entry.build();
    }

    /**
     * Imports order PO1242 of the French EN 16931 sample invoice: olive oil, which the invoice finds
     * by part number, nougat, which it finds by line reference, and the fuel surcharge of 5.50 that
     * the invoice charges on the whole document.
     */
    static JsonObject orderForFrenchSample(long supplierId) {
        return importOrder("PO1242", supplierId, "EUR", Json.createArrayBuilder().add(charge(null, "Surtaxe carburant", "5.50")).build(),
                line("1", "JOIO50CL", "Huile d'olive Joio 50cl", "10", "C62", "13.50"),
                line("DV843873", "NOUGATCUBES", "Nougats en cubes", "20", "C62", "6.90"));
    }

    /** Posts a receipt; each pair is an order line number and the quantity received and accepted. */
    static Api.Reply receive(long orderId, String... lineAndQuantity) {
        return receive(RECEIVER, orderId, lineAndQuantity);
    }

    /** Posts a receipt through this receiver's client, which may call another server. */
    static Api.Reply receive(Api receiver, long orderId, String... lineAndQuantity) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < lineAndQuantity.length; i += 2) {
            lines.add(Json.createObjectBuilder().add("lineNumber", lineAndQuantity[i])
                    .add("receivedQuantity", Json.createValue(new java.math.BigDecimal(lineAndQuantity[i + 1]))));
        }
        return receiver.post("/api/purchase-orders/" + orderId + "/goods-receipts", Json.createObjectBuilder().add("lines", lines).build());
    }

    /** Posts an invoice file as accounts payable does with an invoice that came by e-mail. */
    static long postInvoice(Path file) {
        Api.Reply reply = ACCOUNTS_PAYABLE.postFile("/api/invoices", file);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
