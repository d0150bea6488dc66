package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Master data from the ERP, upserted by code through JSON arrays and CSV files, all or nothing per call. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MasterDataIT {

    private static final Api ADMIN = Api.as("admin");
    private static final String CSV = "text/csv; charset=UTF-8";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void clean() {
        TestDatabase.clean();
    }

    @Test
    void suppliersJsonUpsertByCode() {
        Api.Reply first = ADMIN.post("/api/master-data/suppliers", Json.createArrayBuilder()
                .add(supplier("ERP-100", "Papeterie Durand", "FR11123456789"))
                .add(supplier("ERP-200", "Nettoyage Martin", "FR22987654321"))
                .build());

        assertEquals(200, first.status(), first.toString());
        assertEquals(2, first.json().getInt("received"));
        assertEquals(2, first.json().getInt("created"));
        assertEquals(0, first.json().getInt("updated"));

        Api.Reply second = ADMIN.post("/api/master-data/suppliers", Json.createArrayBuilder()
                .add(supplier("ERP-100", "Papeterie Durand et Fils", "FR11123456789")).build());

        assertEquals(200, second.status(), second.toString());
        assertEquals(0, second.json().getInt("created"));
        assertEquals(1, second.json().getInt("updated"));
        assertEquals(2, TestDatabase.count("select count(*) from supplier"));
        assertEquals(1, TestDatabase.count("select count(*) from supplier where code = 'ERP-100' and name = 'Papeterie Durand et Fils'"));
    }

    @Test
    void badJsonEntryStoresNothing() {
        Api.Reply reply = ADMIN.post("/api/master-data/suppliers", Json.createArrayBuilder()
                .add(supplier("ERP-300", "Valide SA", "FR33123456789"))
                .add(Json.createObjectBuilder().add("code", "ERP-301").add("name", "Pays inconnu").add("countryCode", "XX"))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.json().getString("detail").contains("suppliers[1].countryCode"), reply.body());
        assertEquals(0, TestDatabase.count("select count(*) from supplier"), "the valid first entry is not stored either");
    }

    @Test
    void glAccountsAndApprovalLimitsJson() {
        Api.Reply accounts = ADMIN.post("/api/master-data/gl-accounts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "6061").add("label", "Fournitures non stockables"))
                .add(Json.createObjectBuilder().add("code", "6064").add("label", "Fournitures administratives").add("active", false))
                .build());
        Api.Reply limits = ADMIN.post("/api/master-data/approval-limits", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("username", "marc").add("approvalLimit", new BigDecimal("2500.00"))
                        .add("approvalCurrency", "EUR"))
                .build());

        assertEquals(200, accounts.status(), accounts.toString());
        assertEquals(2, accounts.json().getInt("created"));
        assertEquals(200, limits.status(), limits.toString());
        assertEquals(1, limits.json().getInt("created"));
        JsonObject closed = BUYER.get("/api/gl-accounts/6064").json();
        assertEquals("Fournitures administratives", closed.getString("label"));
        assertEquals(false, closed.getBoolean("active"));
        JsonObject marc = ADMIN.get("/api/users/marc").json();
        assertEquals(0, new BigDecimal("2500.00").compareTo(marc.getJsonNumber("approvalLimit").bigDecimalValue()));
        assertEquals("EUR", marc.getString("approvalCurrency"));
    }

    @Test
    void csvFilesUpsertEachKind() {
        Api.Reply suppliers = ADMIN.postBytes("/api/master-data/suppliers/csv", CSV, utf8("""
                code;name;vatId;countryCode;contactEmail;contactLanguage
                ERP-400;Électricité Générale;FR44123456789;FR;contact@electricite.example;fr
                ERP-401;"Transports Dubois; fils";;FR;;en
                """));
        Api.Reply costCentres = ADMIN.postBytes("/api/master-data/cost-centres/csv", CSV, utf8("""
                code,name,owner,active
                CC-ATELIER,Atelier,marc,oui
                CC-ANCIEN,Ancien site,nadia,non
                """));
        Api.Reply limits = ADMIN.postBytes("/api/master-data/approval-limits/csv", CSV, utf8("""
                username;approvalLimit;approvalCurrency
                nadia;1 500,50;EUR
                """));

        assertEquals(200, suppliers.status(), suppliers.toString());
        assertEquals(2, suppliers.json().getInt("created"));
        assertEquals(1, TestDatabase.count("select count(*) from supplier where code = 'ERP-401' and name = 'Transports Dubois; fils'"));
        assertEquals(200, costCentres.status(), costCentres.toString());
        assertEquals(2, costCentres.json().getInt("received"));
        assertEquals(1, TestDatabase.count("select count(*) from cost_centre where code = 'CC-ANCIEN' and not active"));
        assertEquals(200, limits.status(), limits.toString());
        assertEquals(0, new BigDecimal("1500.50").compareTo(ADMIN.get("/api/users/nadia").json().getJsonNumber("approvalLimit").bigDecimalValue()),
                "a French decimal comma and a space between thousands");

        Api.Reply again = ADMIN.postBytes("/api/master-data/cost-centres/csv", CSV, utf8("code,name,owner\nCC-ATELIER,Atelier central,marc\n"));
        assertEquals(1, again.json().getInt("updated"));
        assertEquals(0, again.json().getInt("created"));
    }

    @Test
    void badCsvRowsAreNamedAndNothingStored() {
        Api.Reply reply = ADMIN.inLanguage("fr").postBytes("/api/master-data/gl-accounts/csv", CSV, utf8("""
                code;label;active
                6061;Fournitures non stockables;oui
                bad code!;Compte mal codé;oui
                6063;;peut-être
                6061;Doublon;oui
                """));

        assertEquals(400, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        JsonArray errors = reply.json().getJsonArray("errors");
        assertEquals(4, errors.size(), reply.body());
        JsonObject badCode = errors.getJsonObject(0);
        assertEquals(3, badCode.getInt("row"));
        assertEquals("code", badCode.getString("column"));
        assertEquals("bad code!", badCode.getString("value"));
        assertTrue(badCode.getString("message").contains("bad code!"), badCode.toString());
        assertTrue(!badCode.getString("fix").isBlank(), badCode.toString());
        JsonObject missingLabel = errors.getJsonObject(1);
        assertEquals(4, missingLabel.getInt("row"));
        assertEquals("label", missingLabel.getString("column"));
        JsonObject badFlag = errors.getJsonObject(2);
        assertEquals("active", badFlag.getString("column"));
        assertEquals("peut-être", badFlag.getString("value"));
        assertTrue(badFlag.getString("fix").contains("true"), badFlag.toString());
        JsonObject duplicate = errors.getJsonObject(3);
        assertEquals(5, duplicate.getInt("row"));
        assertEquals("code", duplicate.getString("column"));
        assertTrue(duplicate.getString("message").contains("ligne 2"), duplicate.toString());
        assertTrue(reply.json().getString("detail").contains("rien n'a été enregistré"), reply.body());
        assertEquals(0, TestDatabase.count("select count(*) from gl_account"), "the valid row 2 is not stored either");
    }

    @Test
    void csvFileErrorsAreClear() {
        Api.Reply latin1 = ADMIN.postBytes("/api/master-data/gl-accounts/csv", CSV, "code;label\n6061;Électricité\n".getBytes(StandardCharsets.ISO_8859_1));
        Api.Reply unknownColumn = ADMIN.postBytes("/api/master-data/gl-accounts/csv", CSV, utf8("code;libelle\n6061;x\n"));
        Api.Reply unknownKind = ADMIN.postBytes("/api/master-data/warehouses/csv", CSV, utf8("code\nW1\n"));
        Api.Reply byBuyer = BUYER.postBytes("/api/master-data/gl-accounts/csv", CSV, utf8("code;label\n6061;x\n"));

        assertEquals(400, latin1.status(), latin1.toString());
        assertEquals("The file is not UTF-8: byte 17 is invalid.", latin1.json().getString("detail"));
        assertEquals(400, unknownColumn.status());
        assertTrue(unknownColumn.json().getString("detail").contains("libelle"), unknownColumn.body());
        assertTrue(unknownColumn.json().getString("fix").contains("code, label, active"), unknownColumn.body());
        assertEquals(400, unknownKind.status());
        assertEquals(403, byBuyer.status());
        assertEquals(0, TestDatabase.count("select count(*) from gl_account"));
    }

    private static JsonObject supplier(String code, String name, String vatId) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("vatId", vatId).add("countryCode", "FR").build();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
