package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.it.Fixtures.BUYER;
import static org.openprocure.it.Fixtures.supplier;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests of the punch-out round trip over HTTP. An administrator sets the supplier, the start goes
 * through the API to a cXML endpoint on 127.0.0.1, and the tests post carts to the return URL as a
 * shop's page makes the browser post them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PunchOutIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api REQUESTER = Api.as("claire");
    private static final String SHARED_SECRET = "Sh4red-Secret-Never-Shown-7c1e";
    private static final String OCI_PASSWORD = "Oci-Password-Never-Shown-91ab";
    private static final HttpClient BROWSER = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SupplierShop shop;
    private long supplierId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void shopWithSettings() throws IOException {
        TestDatabase.clean();
        shop = new SupplierShop();
        supplierId = supplier("Workchairs SA", "FR40303265045");
        Api.Reply saved = ADMIN.put("/api/suppliers/" + supplierId + "/punch-out", Json.createObjectBuilder()
                .add("protocol", "CXML").add("url", shop.url())
                .add("fromDomain", "NetworkID").add("fromIdentity", "AN-BUYER-01")
                .add("toDomain", "DUNS").add("toIdentity", "83528721")
                .add("senderDomain", "NetworkID").add("senderIdentity", "AN-BUYER-01")
                .add("sharedSecret", SHARED_SECRET).build());
        assertEquals(200, saved.status(), saved.toString());
    }

    @AfterEach
    void stopShop() {
        shop.close();
    }

    @Test
    void cxmlCartBecomesRequisition() throws IOException {
        JsonObject session = start(null, "CC-IT");
        assertEquals("CXML", session.getString("protocol"));
        assertEquals(shop.startPage(1), session.getString("startPageUrl"));

        String setup = shop.lastRequest();
        assertTrue(setup.contains("operation=\"create\""), setup);
        assertTrue(setup.contains("<SharedSecret>" + SHARED_SECRET + "</SharedSecret>"), setup);
        assertTrue(setup.contains("<Extrinsic name=\"UserEmail\">claire@openprocure.example</Extrinsic>"), setup);
        assertTrue(setup.contains("<BrowserFormPost><URL>" + session.getString("returnUrl") + "</URL></BrowserFormPost>"), setup);
        assertFalse(setup.contains("<ItemOut"), setup);

        Posted posted = postCxml(session, "cxml-urlencoded", poom(cookie(setup), CHAIR, LAMP));
        assertEquals(303, posted.status(), posted.body());
        long requisitionId = requisitionIn(posted.location());

        JsonObject requisition = REQUESTER.get("/api/requisitions/" + requisitionId).json();
        assertEquals("DRAFT", requisition.getString("status"));
        assertEquals("claire", requisition.getString("requester"));
        assertEquals(2, requisition.getJsonArray("lines").size());
        JsonObject chair = requisition.getJsonArray("lines").getJsonObject(0);
        assertEquals("5555", chair.getString("supplierPartNumber"));
        assertEquals(CHAIR_AUX_ID, chair.getString("supplierPartAuxiliaryId"));
        assertEquals("Excelsior Desk Chair", chair.getString("description"));
        assertEquals("Leather Reclining Desk Chair with Padded Arms", chair.getString("longText"));
        assertEquals("UNSPSC", chair.getString("classificationDomain"));
        assertEquals("5136030000", chair.getString("category"));
        assertEquals("CC-IT", chair.getString("costCentre"));
        assertEquals(0, new BigDecimal("254.40").compareTo(chair.getJsonNumber("unitPrice").bigDecimalValue()));
        JsonObject lamp = requisition.getJsonArray("lines").getJsonObject(1);
        assertEquals(0, new BigDecimal("2").compareTo(lamp.getJsonNumber("priceBasisQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("31.49").compareTo(lamp.getJsonNumber("netAmount").bigDecimalValue()));
    }

    @Test
    void everyFieldSpellingIsAccepted() throws IOException {
        for (String field : List.of("cxml-urlencoded", "cXML-urlencoded", "cxml-base64", "cXML-base64", "CXML-URLENCODED", "CXML-BASE64")) {
            JsonObject session = start(null, "CC-IT");
            String cart = poom(cookie(shop.lastRequest()), CHAIR);
            Posted posted = postCxml(session, field, field.toLowerCase().endsWith("base64")
                    ? Base64.getEncoder().encodeToString(cart.getBytes(StandardCharsets.UTF_8)) : cart);
            assertEquals(303, posted.status(), field + ": " + posted.body());
        }
        assertEquals(6, TestDatabase.count("select count(*) from purchase_requisition"));
    }

    @Test
    void doubleEncodedCartIsRejected() throws IOException {
        JsonObject session = start(null, "CC-IT");
        String cart = poom(cookie(shop.lastRequest()), CHAIR);

        Posted posted = postCxml(session, "cxml-urlencoded", URLEncoder.encode(cart, StandardCharsets.UTF_8));

        assertEquals(400, posted.status(), posted.body());
        assertTrue(posted.body().contains("%3C"), posted.body());
        assertTrue(posted.body().contains("cxml-urlencoded"), posted.body());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_requisition"));
        assertEquals(303, postCxml(session, "cxml-urlencoded", cart).status());
    }

    @Test
    void unknownTokenIsRejected() throws IOException {
        JsonObject session = start(null, "CC-IT");
        String returnUrl = session.getString("returnUrl");
        String unknown = returnUrl.substring(0, returnUrl.lastIndexOf('/') + 1) + "not-a-token-of-ours";

        Posted posted = post(unknown, "cxml-urlencoded=" + URLEncoder.encode(poom(cookie(shop.lastRequest()), CHAIR), StandardCharsets.UTF_8),
                null, "fr");

        assertEquals(404, posted.status(), posted.body());
        assertTrue(posted.body().contains("not-a-token-of-ours"), posted.body());
        assertTrue(posted.body().contains("lang=\"fr\""), posted.body());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_requisition"));
    }

    @Test
    void wrongBuyerCookieIsRejected() throws IOException {
        JsonObject session = start(null, "CC-IT");

        Posted posted = postCxml(session, "cxml-urlencoded", poom("1CX3L4843PPZO", CHAIR));

        assertEquals(400, posted.status(), posted.body());
        assertTrue(posted.body().contains("1CX3L4843PPZO"), posted.body());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_requisition"));
        assertEquals(0, TestDatabase.count("select count(*) from requisition_line"));
    }

    @Test
    void cartPostedTwiceIsTakenOnce() throws IOException {
        JsonObject session = start(null, "CC-IT");
        String cart = poom(cookie(shop.lastRequest()), CHAIR, LAMP);

        Posted first = postCxml(session, "cxml-urlencoded", cart);
        Posted second = postCxml(session, "cxml-urlencoded", cart);

        assertEquals(303, first.status(), first.body());
        assertEquals(303, second.status(), second.body());
        assertEquals(first.location(), second.location());
        assertEquals(1, TestDatabase.count("select count(*) from purchase_requisition"));
        assertEquals(2, TestDatabase.count("select count(*) from requisition_line"));
        Posted other = postCxml(session, "cxml-urlencoded", poom(cookie(shop.lastRequest()), LAMP));
        assertEquals(410, other.status(), other.body());
        assertEquals(2, TestDatabase.count("select count(*) from requisition_line"));
    }

    @Test
    void expiredTokenIsRejected() throws IOException {
        JsonObject session = start(null, "CC-IT");
        String token = tokenOf(session);
        assertEquals(1, TestDatabase.execute("update punch_out_session set expires_at = now() - interval '1 minute' where token = ?", token));

        Posted posted = postCxml(session, "cxml-urlencoded", poom(cookie(shop.lastRequest()), CHAIR));

        assertEquals(410, posted.status(), posted.body());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_requisition"));
    }

    @Test
    void editSendsCurrentLinesAsItemOut() throws IOException {
        JsonObject first = start(null, "CC-IT");
        long requisitionId = requisitionIn(postCxml(first, "cxml-urlencoded", poom(cookie(shop.lastRequest()), CHAIR, LAMP)).location());

        JsonObject edit = start(requisitionId, null);
        String setup = shop.lastRequest();
        assertTrue(setup.contains("operation=\"edit\""), setup);
        assertEquals(2, count(setup, "<ItemOut "));
        assertTrue(setup.contains("<SupplierPartAuxiliaryID>" + CHAIR_AUX_ID_XML + "</SupplierPartAuxiliaryID>"), setup);

        Posted posted = postCxml(edit, "cxml-urlencoded", poom(cookie(setup), LAMP));
        assertEquals(303, posted.status(), posted.body());
        assertEquals(requisitionId, requisitionIn(posted.location()));
        JsonObject requisition = REQUESTER.get("/api/requisitions/" + requisitionId).json();
        assertEquals(1, requisition.getJsonArray("lines").size());
        assertEquals("LAMP-01", requisition.getJsonArray("lines").getJsonObject(0).getString("supplierPartNumber"));
    }

    @Test
    void ociCartOnCxmlSessionIsRejected() throws IOException {
        JsonObject session = start(null, "CC-IT");
        String form = "NEW_ITEM-DESCRIPTION%5B1%5D=Vis&NEW_ITEM-QUANTITY%5B1%5D=1&NEW_ITEM-UNIT%5B1%5D=PCE"
                + "&NEW_ITEM-PRICE%5B1%5D=1&NEW_ITEM-CURRENCY%5B1%5D=EUR";

        Posted posted = post(session.getString("returnUrl"), form, "application/x-www-form-urlencoded", "en");

        assertEquals(400, posted.status(), posted.body());
        assertTrue(posted.body().contains("error.punchOut.wrongProtocol"), posted.body());
        assertEquals(0, TestDatabase.count("select count(*) from purchase_requisition"));
    }

    @Test
    void onlyRequestersStartPunchOut() {
        Api.Reply reply = BUYER.post("/api/punch-out/sessions", Json.createObjectBuilder().add("supplierId", supplierId).build());

        assertEquals(403, reply.status(), reply.toString());
        assertEquals(0, TestDatabase.count("select count(*) from punch_out_session"));
    }

    @Test
    void submittedRequisitionIsOnlyInspected() throws IOException {
        JsonObject first = start(null, "CC-IT");
        long requisitionId = requisitionIn(postCxml(first, "cxml-urlencoded", poom(cookie(shop.lastRequest()), CHAIR)).location());
        Api.Reply submitted = REQUESTER.post("/api/requisitions/" + requisitionId + "/submit", Json.createObjectBuilder().build());
        assertEquals(200, submitted.status(), submitted.toString());

        JsonObject inspect = start(requisitionId, null);
        String setup = shop.lastRequest();
        assertTrue(setup.contains("operation=\"inspect\""), setup);
        assertEquals(1, count(setup, "<ItemOut "));

        Posted posted = postCxml(inspect, "cxml-urlencoded", poom(cookie(setup), LAMP));
        assertEquals(303, posted.status(), posted.body());
        assertEquals(requisitionId, requisitionIn(posted.location()));
        JsonObject requisition = REQUESTER.get("/api/requisitions/" + requisitionId).json();
        assertEquals(1, requisition.getJsonArray("lines").size());
        assertEquals("5555", requisition.getJsonArray("lines").getJsonObject(0).getString("supplierPartNumber"));
    }

    @Test
    void failingShopGivesClearError() {
        shop.answerWithHttpStatus(500);

        Api.Reply reply = REQUESTER.post("/api/punch-out/sessions", Json.createObjectBuilder().add("supplierId", supplierId).build());

        assertEquals(502, reply.status(), reply.toString());
        assertTrue(reply.body().contains("500"), reply.toString());
        assertEquals(0, TestDatabase.count("select count(*) from punch_out_session"));
    }

    @Test
    void ociCommaDecimalsAndPriceUnit() throws IOException {
        JsonObject session = startOci();
        assertEquals("OCI", session.getString("protocol"));
        JsonObject fields = session.getJsonObject("formFields");
        assertEquals(session.getString("returnUrl"), fields.getString("HOOK_URL"));
        assertEquals("ADDI", fields.getString("~OkCode"));
        assertEquals("_top", fields.getString("~TARGET"));
        assertEquals("CTLG", fields.getString("~CALLER"));
        assertEquals("5.0", fields.getString("OCI_VERSION"));
        assertEquals("buyer01", fields.getString("USERNAME"));
        assertEquals(OCI_PASSWORD, fields.getString("PASSWORD"));

        String form = "NEW_ITEM-DESCRIPTION%5B1%5D=Vis+inox+M4&NEW_ITEM-QUANTITY%5B1%5D=250&NEW_ITEM-UNIT%5B1%5D=PCE"
                + "&NEW_ITEM-PRICE%5B1%5D=00000000012%2C50&NEW_ITEM-CURRENCY%5B1%5D=EUR&NEW_ITEM-PRICEUNIT%5B1%5D=1000"
                + "&NEW_ITEM-VENDORMAT%5B1%5D=VIS-M4&NEW_ITEM-MATGROUP%5B1%5D=31161500"
                + "&NEW_ITEM-DESCRIPTION%5B3%5D=Rondelle&NEW_ITEM-QUANTITY%5B3%5D=3%2C5&NEW_ITEM-UNIT%5B3%5D=KGM"
                + "&NEW_ITEM-PRICE%5B3%5D=4%2C2&NEW_ITEM-CURRENCY%5B3%5D=EUR&NEW_ITEM-PRICEUNIT%5B3%5D="
                + "&NEW_ITEM-LONGTEXT_3%3A132%5B%5D=Rondelle+plate";
        Posted posted = post(session.getString("returnUrl"), form, "application/x-www-form-urlencoded; charset=UTF-8", "en");

        assertEquals(303, posted.status(), posted.body());
        JsonObject requisition = REQUESTER.get("/api/requisitions/" + requisitionIn(posted.location())).json();
        assertEquals(2, requisition.getJsonArray("lines").size());
        JsonObject screws = requisition.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("12.50").compareTo(screws.getJsonNumber("unitPrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("1000").compareTo(screws.getJsonNumber("priceBasisQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("3.13").compareTo(screws.getJsonNumber("netAmount").bigDecimalValue()));
        JsonObject washers = requisition.getJsonArray("lines").getJsonObject(1);
        assertEquals(0, BigDecimal.ONE.compareTo(washers.getJsonNumber("priceBasisQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("14.70").compareTo(washers.getJsonNumber("netAmount").bigDecimalValue()));
        assertEquals("Rondelle plate", washers.getString("longText"));
    }

    @Test
    void latin1OciPostKeepsAccents() throws IOException {
        JsonObject session = startOci();
        String form = "NEW_ITEM-DESCRIPTION[1]=" + URLEncoder.encode("Crème brûlée à l'érable", Charset.forName("ISO-8859-1"))
                + "&NEW_ITEM-QUANTITY[1]=1&NEW_ITEM-UNIT[1]=EA&NEW_ITEM-PRICE[1]=3.20&NEW_ITEM-CURRENCY[1]=EUR"
                + "&NEW_ITEM-VENDORMAT[1]=CB-01";

        Posted posted = post(session.getString("returnUrl"), form, "application/x-www-form-urlencoded", "fr");

        assertEquals(303, posted.status(), posted.body());
        JsonObject requisition = REQUESTER.get("/api/requisitions/" + requisitionIn(posted.location())).json();
        assertEquals("Crème brûlée à l'érable", requisition.getJsonArray("lines").getJsonObject(0).getString("description"));
    }

    @Test
    void secretsAreNeverReturnedNorLogged() throws IOException {
        Api.Reply settings = ADMIN.get("/api/suppliers/" + supplierId + "/punch-out");
        assertEquals(200, settings.status(), settings.toString());
        assertFalse(settings.body().contains(SHARED_SECRET), settings.body());
        assertTrue(settings.json().getBoolean("sharedSecretSet"));
        assertEquals("DUNS", settings.json().getString("toDomain"));
        startOci();
        Api.Reply oci = ADMIN.get("/api/suppliers/" + supplierId + "/punch-out");
        assertFalse(oci.body().contains(OCI_PASSWORD), oci.body());
        assertTrue(oci.json().getBoolean("ociPasswordSet"));
        assertEquals(403, REQUESTER.get("/api/suppliers/" + supplierId + "/punch-out").status());

        assertFalse(TestDatabase.rows("select shared_secret_encrypted from supplier_punch_out").toString().contains(SHARED_SECRET));
        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains(SHARED_SECRET));
        assertFalse(log.contains(OCI_PASSWORD));
        assertFalse(log.contains("claire@openprocure.example"));

        assertEquals(204, ADMIN.send("DELETE", "/api/suppliers/" + supplierId + "/punch-out", "application/json", "").status());
        assertEquals(404, ADMIN.get("/api/suppliers/" + supplierId + "/punch-out").status());
    }

    @Test
    void orderRequestCarriesAuxiliaryIdVerbatim() throws IOException {
        JsonObject session = start(null, "CC-IT");
        long requisitionId = requisitionIn(postCxml(session, "cxml-urlencoded", poom(cookie(shop.lastRequest()), CHAIR)).location());

        Api.Reply submitted = REQUESTER.post("/api/requisitions/" + requisitionId + "/submit", Json.createObjectBuilder().build());
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("APPROVED", submitted.json().getString("status"));
        long orderId = submitted.json().getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply order = BUYER.get("/api/purchase-orders/" + orderId + "/cxml");
        assertEquals(200, order.status(), order.toString());
        assertTrue(order.body().contains("<SupplierPartID>5555</SupplierPartID>"), order.body());
        assertTrue(order.body().contains("<SupplierPartAuxiliaryID>" + CHAIR_AUX_ID_XML + "</SupplierPartAuxiliaryID>"), order.body());
        assertTrue(order.body().contains("<Classification domain=\"UNSPSC\">5136030000</Classification>"), order.body());
        assertTrue(order.body().contains("<Money currency=\"EUR\">254.40</Money>"), order.body());
        assertFalse(order.body().contains(SHARED_SECRET), order.body());
    }

    /** An auxiliary id as shops write them: long, with spaces, punctuation and characters XML escapes. */
    private static final String CHAIR_AUX_ID = "cfg=E000028901; color=black & \"leather\"  <arm-pads>";
    /** The same auxiliary id as the XML writer escapes it. */
    private static final String CHAIR_AUX_ID_XML = "cfg=E000028901; color=black &amp; \"leather\"  &lt;arm-pads&gt;";
    private static final String CHAIR = """
            <ItemIn quantity="1">
              <ItemID><SupplierPartID>5555</SupplierPartID><SupplierPartAuxiliaryID>cfg=E000028901; color=black &amp; "leather"  &lt;arm-pads&gt;</SupplierPartAuxiliaryID></ItemID>
              <ItemDetail>
                <UnitPrice><Money currency="EUR">254.40</Money></UnitPrice>
                <Description xml:lang="en"><ShortName>Excelsior Desk Chair</ShortName>Leather Reclining Desk Chair with Padded Arms</Description>
                <UnitOfMeasure>EA</UnitOfMeasure>
                <Classification domain="UNSPSC">5136030000</Classification>
              </ItemDetail>
            </ItemIn>""";
    private static final String LAMP = """
            <ItemIn quantity="1">
              <ItemID><SupplierPartID>LAMP-01</SupplierPartID></ItemID>
              <ItemDetail>
                <UnitPrice><Money currency="EUR">62.98</Money></UnitPrice>
                <Description xml:lang="fr">Lampe de bureau à LED</Description>
                <UnitOfMeasure>EA</UnitOfMeasure>
                <PriceBasisQuantity quantity="2" conversionFactor="1"><UnitOfMeasure>EA</UnitOfMeasure></PriceBasisQuantity>
                <Classification domain="UNSPSC">39111500</Classification>
              </ItemDetail>
            </ItemIn>""";

    private static String poom(String buyerCookie, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                <cXML payloadID="933695160894" timestamp="2026-12-05T08:47:00-07:00" xml:lang="en-US">
                  <Header>
                    <From><Credential domain="DUNS"><Identity>83528721</Identity></Credential></From>
                    <To><Credential domain="NetworkID"><Identity>AN-BUYER-01</Identity></Credential></To>
                    <Sender><Credential domain="workchairs.com"><Identity>website 1</Identity></Credential><UserAgent>Shop</UserAgent></Sender>
                  </Header>
                  <Message>
                    <PunchOutOrderMessage>
                      <BuyerCookie>%s</BuyerCookie>
                      <PunchOutOrderMessageHeader operationAllowed="edit"><Total><Money currency="EUR">0</Money></Total></PunchOutOrderMessageHeader>
                      %s
                    </PunchOutOrderMessage>
                  </Message>
                </cXML>""".formatted(buyerCookie, String.join("\n", items));
    }

    private JsonObject start(Long requisitionId, String costCentre) {
        var body = Json.createObjectBuilder().add("supplierId", supplierId);
        if (requisitionId != null) {
            body.add("requisitionId", requisitionId);
        }
        if (costCentre != null) {
            body.add("costCentre", costCentre);
        }
        Api.Reply reply = REQUESTER.post("/api/punch-out/sessions", body.build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private JsonObject startOci() {
        Api.Reply saved = ADMIN.put("/api/suppliers/" + supplierId + "/punch-out", Json.createObjectBuilder()
                .add("protocol", "OCI").add("url", "http://127.0.0.1:9/catalog")
                .add("ociParameters", Json.createObjectBuilder().add("USERNAME", "buyer01").add("PASSWORD", OCI_PASSWORD))
                .build());
        assertEquals(200, saved.status(), saved.toString());
        return start(null, "CC-IT");
    }

    private static String cookie(String setupRequest) {
        Matcher cookie = Pattern.compile("<BuyerCookie>([^<]+)</BuyerCookie>").matcher(setupRequest);
        assertTrue(cookie.find(), setupRequest);
        return cookie.group(1);
    }

    private static String tokenOf(JsonObject session) {
        String returnUrl = session.getString("returnUrl");
        return returnUrl.substring(returnUrl.lastIndexOf('/') + 1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static long requisitionIn(String location) {
        Matcher id = Pattern.compile("/openprocure/requisition\\.xhtml\\?id=(\\d+)$").matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }

    private record Posted(int status, String location, String body) {
    }

    private static Posted postCxml(JsonObject session, String field, String value) throws IOException {
        return post(session.getString("returnUrl"), field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "en");
    }

    /** Posts a form body as a browser does after the shop's page submits it: no cookie, no token. */
    private static Posted post(String url, String body, String contentType, String language) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)));
        request.header("Content-Type", contentType == null ? "application/x-www-form-urlencoded" : contentType);
        try {
            HttpResponse<String> response = BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Posted(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
