package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.LUCIE_COMPANY;
import static org.openprocure.it.Fixtures.OTHER_SUPPLIER;
import static org.openprocure.it.Fixtures.SOPHIE_COMPANY;
import static org.openprocure.it.Fixtures.SUPPLIER;
import static org.openprocure.it.Fixtures.id;
import static org.openprocure.it.Fixtures.importOrder;
import static org.openprocure.it.Fixtures.line;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The discussion thread of a purchase order through the API: bruno for the buyer and sophie for
 * the supplier SUP-1001 exchange messages, flags and attachments; lucie, of another supplier, sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadApiIT {

    /** The default attachment limit of the server, 5 MiB. */
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private long order;
    private String thread;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void orderOfSophiesCompany() {
        TestDatabase.clean();
        long sophieSupplier = supplier(SOPHIE_COMPANY, "Bureau Fournitures SA", "FR23412345678");
        long lucieSupplier = supplier(LUCIE_COMPANY, "Café Torréfaction SARL", "FR45987654321");
        order = id(importOrder("PO-THREAD-1", sophieSupplier, "EUR", line("1", "PAPER-A4", "Papier A4", "75", "C62", "4.20")));
        long lucieOrder = id(importOrder("PO-THREAD-2", lucieSupplier, "EUR", line("1", "COFFEE", "Café", "10", "KGM", "18.00")));
        thread = "/api/threads/PURCHASE_ORDER/" + order;
        assertEquals(200, OTHER_SUPPLIER.get("/api/threads/PURCHASE_ORDER/" + lucieOrder + "/messages").status());
    }

    @Test
    void messagesPostedAndListed() {
        Api.Reply posted = BUYER.post(thread + "/messages", message("Pouvez-vous confirmer la date de livraison ?", "NOTE"));
        assertEquals(201, posted.status(), posted.toString());
        Api.Reply answer = SUPPLIER.post(thread + "/messages", message("Livraison jeudi.", null));
        assertEquals(201, answer.status(), answer.toString());

        JsonObject listed = SUPPLIER.get(thread + "/messages").json();

        assertEquals("PO-THREAD-1", listed.getString("documentNumber"));
        assertEquals(2, listed.getJsonArray("messages").size());
        JsonObject first = listed.getJsonArray("messages").getJsonObject(0);
        assertEquals("bruno", first.getString("author"));
        assertEquals("BUYER", first.getString("side"));
        assertEquals("NOTE", first.getString("kind"));
        assertEquals("Pouvez-vous confirmer la date de livraison ?", first.getString("text"));
        JsonObject second = listed.getJsonArray("messages").getJsonObject(1);
        assertEquals("sophie", second.getString("author"));
        assertEquals("SUPPLIER", second.getString("side"));
    }

    @Test
    void attachmentStoredAndDownloaded() throws Exception {
        Api.Reply posted = SUPPLIER.post(thread + "/messages", message("Voici le bon de livraison.", null, attachment("../BL 4711.pdf", PDF)));
        assertEquals(201, posted.status(), posted.toString());
        JsonObject stored = posted.json().getJsonArray("attachments").getJsonObject(0);
        assertEquals("BL 4711.pdf", stored.getString("fileName"), "the path is removed from the name");
        assertEquals("application/pdf", stored.getString("contentType"));
        assertEquals(sha256(PDF), stored.getString("sha256"));

        HttpResponse<byte[]> download = download("bruno", stored.getJsonNumber("id").longValue());

        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"BL 4711.pdf\""),
                download.headers().toString());
        assertEquals(1, TestDatabase.count("select count(*) from discussion_attachment_content"));
    }

    @Test
    void oversizeAttachmentRejected() {
        byte[] large = new byte[MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        Api.Reply refused = SUPPLIER.post(thread + "/messages", message("Trop gros", null, attachment("scan.pdf", large)));

        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("scan.pdf"), refused.toString());
        assertTrue(refused.json().getString("detail").contains(String.valueOf(MAX_BYTES)), refused.toString());
        assertFalse(refused.json().getString("fix").isBlank());
        assertNothingStored();
    }

    @Test
    void wrongTypeRejected() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        Api.Reply renamed = SUPPLIER.post(thread + "/messages", message("Facture", null, attachment("facture.pdf", executable)));
        Api.Reply unlisted = SUPPLIER.post(thread + "/messages", message("Outil", null, attachment("outil.exe", executable)));

        assertEquals(400, renamed.status(), renamed.toString());
        assertTrue(renamed.json().getString("detail").contains("facture.pdf"), renamed.toString());
        assertTrue(renamed.json().getString("fix").contains("PDF"), renamed.toString());
        assertEquals(400, unlisted.status(), unlisted.toString());
        assertTrue(unlisted.json().getString("detail").contains("exe"), unlisted.toString());
        assertNothingStored();
    }

    @Test
    void otherSupplierGetsNotFound() throws Exception {
        Api.Reply posted = SUPPLIER.post(thread + "/messages", message("BL joint", null, attachment("bl.pdf", PDF)));
        long attachment = posted.json().getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(404, OTHER_SUPPLIER.get(thread + "/messages").status());
        assertEquals(404, OTHER_SUPPLIER.post(thread + "/messages", message("Bonjour", null)).status());
        assertEquals(404, OTHER_SUPPLIER.get(thread + "/unread").status());
        assertEquals(404, OTHER_SUPPLIER.post(thread + "/read", Json.createObjectBuilder().build()).status());
        assertEquals(404, download("lucie", attachment).statusCode());
        assertEquals(1, TestDatabase.count("select count(*) from discussion_message"));
    }

    @Test
    void mentionRecordedAndNotified() {
        assertEquals(200, SUPPLIER.get(thread + "/messages").status());

        Api.Reply posted = BUYER.post(thread + "/messages", message("@sophie et @lucie : merci de vérifier. @personne", null));

        assertEquals(201, posted.status(), posted.toString());
        List<String> mentions = posted.json().getJsonArray("mentions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(List.of("sophie"), mentions, "lucie may not see the order and nobody signed in as personne");
        assertEquals(1, TestDatabase.count("select count(*) from notification where recipient = 'sophie@bureau-fournitures.example' "
                + "and subject like '%PO-THREAD-1%' and body like '%/document.xhtml?type=PURCHASE_ORDER&id=" + order + "%'"));
        assertEquals(0, TestDatabase.count("select count(*) from notification where recipient like 'lucie@%'"));
        assertEquals(1, SUPPLIER.get("/api/threads/unread").json().getJsonNumber("unreadTotal").longValue());
    }

    @Test
    void unreadCountsGoUpAndDown() {
        BUYER.post(thread + "/messages", message("Premier message", null));
        BUYER.post(thread + "/messages", message("Second message", null));

        assertEquals(2, unread(SUPPLIER), "sophie has not opened the thread");
        assertEquals(0, unread(BUYER), "bruno's own messages are not unread for him");
        JsonObject marked = SUPPLIER.post(thread + "/read", Json.createObjectBuilder().build()).json();
        assertEquals(0, marked.getJsonNumber("unread").longValue());
        assertEquals(0, marked.getJsonNumber("unreadTotal").longValue());

        BUYER.post(thread + "/messages", message("Troisième message", null));
        assertEquals(1, unread(SUPPLIER));
        assertEquals(1, SUPPLIER.get("/api/threads/unread").json().getJsonNumber("unreadTotal").longValue());

        SUPPLIER.post(thread + "/messages", message("Bien reçu", null));
        assertEquals(0, unread(SUPPLIER), "posting marks the thread read up to the new message");
        assertEquals(1, unread(BUYER));
    }

    @Test
    void flagResolvedOnce() {
        Api.Reply flagged = SUPPLIER.post(thread + "/messages", message("Le prix ne correspond pas au devis.", "DISAGREEMENT"));
        long flag = flagged.json().getJsonNumber("id").longValue();
        long note = BUYER.post(thread + "/messages", message("Je regarde.", null)).json().getJsonNumber("id").longValue();
        assertEquals(1, BUYER.get(thread + "/messages").json().getJsonObject("openFlags").getInt("DISAGREEMENT"));

        Api.Reply resolved = BUYER.post(thread + "/messages/" + flag + "/resolution", Json.createObjectBuilder().build());

        assertEquals(200, resolved.status(), resolved.toString());
        assertFalse(resolved.json().getBoolean("open"));
        assertEquals("bruno", resolved.json().getString("resolvedBy"));
        assertEquals(0, BUYER.get(thread + "/messages").json().getJsonObject("openFlags").getInt("DISAGREEMENT"));
        assertEquals(409, BUYER.post(thread + "/messages/" + flag + "/resolution", Json.createObjectBuilder().build()).status());
        assertEquals(409, BUYER.post(thread + "/messages/" + note + "/resolution", Json.createObjectBuilder().build()).status());
    }

    @Test
    void badInputNamed() {
        Api.Reply tooLong = BUYER.post(thread + "/messages", message("x".repeat(4001), null));
        Api.Reply badKind = BUYER.post(thread + "/messages", message("texte", "URGENT"));
        Api.Reply badType = BUYER.get("/api/threads/CATALOG_ITEM/1/messages");

        assertEquals(400, tooLong.status());
        assertTrue(tooLong.json().getString("detail").contains("4000"), tooLong.toString());
        assertEquals(400, badKind.status());
        assertTrue(badKind.json().getString("detail").contains("URGENT"), badKind.toString());
        assertEquals(400, badType.status());
        assertTrue(badType.json().getString("fix").contains("PURCHASE_ORDER"), badType.toString());
        assertEquals(404, BUYER.get("/api/threads/PURCHASE_ORDER/999999/messages").status());
    }

    private long unread(Api user) {
        return user.get(thread + "/unread").json().getJsonNumber("unread").longValue();
    }

    private static void assertNothingStored() {
        assertEquals(0, TestDatabase.count("select count(*) from discussion_message"));
        assertEquals(0, TestDatabase.count("select count(*) from discussion_attachment"));
        assertEquals(0, TestDatabase.count("select count(*) from discussion_attachment_content"));
    }

    private static JsonObject message(String text, String kind, JsonObject... attachments) {
        var body = Json.createObjectBuilder().add("text", text);
        if (kind != null) {
            body.add("kind", kind);
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (JsonObject attachment : attachments) {
            files.add(attachment);
        }
        return body.add("attachments", files).build();
    }

    private static JsonObject attachment(String fileName, byte[] content) {
        return Json.createObjectBuilder().add("fileName", fileName).add("content", Base64.getEncoder().encodeToString(content)).build();
    }

    private static HttpResponse<byte[]> download(String user, long attachment) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/threads/attachments/" + attachment))
                .header("Authorization", "Bearer " + Keycloak.token(user)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
