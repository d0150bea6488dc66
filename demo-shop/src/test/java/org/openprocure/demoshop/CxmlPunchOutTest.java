package org.openprocure.demoshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/** The cXML side of the shop: setup request, one-time start page and the PunchOutOrderMessage of each variant. */
class CxmlPunchOutTest {

    private static final String RETURN_URL = "http://127.0.0.1:1/openprocure/punch-out/return/token-123";
    private static final String COOKIE = "cookie-5f2a";

    private DemoShop shop;
    private ShopClient browser;

    @BeforeEach
    void startShop() throws IOException {
        shop = new DemoShop().start(0);
        browser = new ShopClient(shop.baseUrl());
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    static String setupRequest(String secret, String operation, String itemsOut) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd">
                <cXML payloadID="1733370000.42@openprocure.test" timestamp="2026-12-05T02:00:00+00:00" xml:lang="fr-FR">
                  <Header>
                    <From><Credential domain="NetworkID"><Identity>openprocure-buyer</Identity></Credential></From>
                    <To><Credential domain="DUNS"><Identity>123456789</Identity></Credential></To>
                    <Sender><Credential domain="NetworkID"><Identity>openprocure-buyer</Identity>
                      <SharedSecret>%s</SharedSecret></Credential><UserAgent>test</UserAgent></Sender>
                  </Header>
                  <Request>
                    <PunchOutSetupRequest operation="%s">
                      <BuyerCookie>%s</BuyerCookie>
                      <Extrinsic name="UserEmail">claire@buyer.example</Extrinsic>
                      <BrowserFormPost><URL>%s</URL></BrowserFormPost>
                      %s
                    </PunchOutSetupRequest>
                  </Request>
                </cXML>
                """.formatted(secret, operation, COOKIE, RETURN_URL, itemsOut);
    }

    /** Opens a session through the setup request and the start page, and returns the shop page's path. */
    private String openSession(String startPageQuery, String itemsOut, String operation) {
        ShopClient.Reply setup = browser.postXml("/cxml/setup", setupRequest(DemoShop.DEFAULT_SHARED_SECRET, operation, itemsOut));
        assertEquals(200, setup.cxmlStatus(), setup.toString());
        ShopClient.Reply start = browser.get(setup.startPage() + startPageQuery);
        assertEquals(303, start.status(), start.toString());
        return start.location();
    }

    private ShopClient.Reply checkout(String shopPath, Map<String, String> form) {
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", "HDMI-2M", "quantity", "3")).status());
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", Catalog.SCREWS, "quantity", "2500")).status());
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", Catalog.CHAIR, "quantity", "1")).status());
        return browser.postForm(shopPath + "/checkout", form);
    }

    @Test
    void wrongSharedSecretGets401() {
        ShopClient.Reply reply = browser.postXml("/cxml/setup", setupRequest("not-the-secret", "create", ""));

        assertEquals(200, reply.status());
        assertEquals(401, reply.cxmlStatus());
        assertFalse(reply.body().contains("StartPage"));
    }

    @Test
    void malformedSetupGets400() {
        assertEquals(400, browser.postXml("/cxml/setup", "<cXML><Header>").cxmlStatus());
        assertEquals(400, browser.postXml("/cxml/setup", "<Order/>").cxmlStatus());
        String withoutCookie = setupRequest(DemoShop.DEFAULT_SHARED_SECRET, "create", "").replace("<BuyerCookie>" + COOKIE + "</BuyerCookie>", "");
        assertEquals(400, browser.postXml("/cxml/setup", withoutCookie).cxmlStatus());
        assertEquals(400, browser.postXml("/cxml/setup", setupRequest(DemoShop.DEFAULT_SHARED_SECRET, "source", "")).cxmlStatus());
    }

    @Test
    void setupFetchesNoDtdOrEntity() throws IOException {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer dtdServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        dtdServer.createContext("/", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        dtdServer.start();
        try {
            String url = "http://127.0.0.1:" + dtdServer.getAddress().getPort();
            String xml = setupRequest(DemoShop.DEFAULT_SHARED_SECRET, "create", "")
                    .replace("http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd\">",
                            url + "/cXML.dtd\" [<!ENTITY secret SYSTEM \"" + url + "/secret\">]>")
                    .replace("<Extrinsic name=\"UserEmail\">claire@buyer.example</Extrinsic>", "<Extrinsic name=\"UserEmail\">&secret;</Extrinsic>");

            ShopClient.Reply reply = browser.postXml("/cxml/setup", xml);

            assertEquals(200, reply.cxmlStatus(), reply.toString());
            assertEquals(0, fetches.get(), "requests to the DTD and entity server");
        } finally {
            dtdServer.stop(0);
        }
    }

    @Test
    void startPageWorksOnce() {
        ShopClient.Reply setup = browser.postXml("/cxml/setup", setupRequest(DemoShop.DEFAULT_SHARED_SECRET, "create", ""));
        String startPage = setup.startPage();
        assertTrue(startPage.startsWith(shop.baseUrl() + "/cxml/start/"), startPage);

        ShopClient.Reply first = browser.get(startPage);
        assertEquals(303, first.status());
        assertTrue(first.location().startsWith("/shop/"), first.location());
        assertEquals(200, browser.get(first.location()).status());

        ShopClient.Reply second = browser.get(startPage);
        assertEquals(410, second.status());
        assertTrue(second.body().contains("déjà servi"), second.body());
    }

    @Test
    void checkoutReturnsOrderMessage() {
        ShopClient.Reply form = checkout(openSession("", "", "create"), Map.of());

        assertEquals(200, form.status());
        assertEquals(RETURN_URL, form.formAction());
        assertEquals("UTF-8", form.formCharset());
        Map<String, String> fields = form.hiddenFields();
        assertEquals(1, fields.size(), fields.toString());
        String xml = fields.get("cxml-urlencoded");
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<BuyerCookie>" + COOKIE + "</BuyerCookie>"), xml);
        assertTrue(xml.contains("<ItemIn quantity=\"3\" lineNumber=\"1\">"), xml);
        assertTrue(xml.contains("<Description xml:lang=\"fr\">Câble HDMI 2 m</Description>"), xml);
        assertTrue(xml.contains("<ItemIn quantity=\"2500\" lineNumber=\"2\">"), xml);
        assertTrue(xml.contains("<PriceBasisQuantity quantity=\"1000\" conversionFactor=\"1\">"), xml);
        assertTrue(xml.contains("<SupplierPartAuxiliaryID>cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui</SupplierPartAuxiliaryID>"), xml);
        assertTrue(xml.contains("<Classification domain=\"UNSPSC\">56112104</Classification>"), xml);
        assertTrue(xml.contains("<Description xml:lang=\"fr\">Chaise de bureau ergonomique à dossier résille"), xml);
        assertTrue(xml.contains("pièces et travail compris.<ShortName>Chaise de bureau ergonomique</ShortName></Description>"), xml);
        // 3 × 8.90 + 2500 × 12.50 / 1000 + 249.00
        assertTrue(xml.contains("<Total><Money currency=\"EUR\">306.95</Money></Total>"), xml);
        assertTrue(xml.contains("<From>\n      <Credential domain=\"DUNS\">\n        <Identity>123456789</Identity>"), xml);
        assertTrue(form.body().contains("document.getElementById('return-form').submit()"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cxml-urlencoded", "cXML-urlencoded", "CXML-URLENCODED", "cxml-base64", "cXML-base64"})
    void fieldSpellingsCarrySameMessage(String spelling) {
        ShopClient.Reply form = checkout(openSession("?variant=" + spelling, "", "create"), Map.of());

        Map<String, String> fields = form.hiddenFields();
        assertEquals(java.util.Set.of(spelling), fields.keySet());
        String value = fields.get(spelling);
        String xml = spelling.toLowerCase().endsWith("base64") ? new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8) : value;
        assertTrue(xml.contains("<BuyerCookie>" + COOKIE + "</BuyerCookie>"), xml);
        assertTrue(xml.contains("Câble HDMI 2 m"), xml);
    }

    @Test
    void checkoutFormChoosesVariant() {
        String shopPath = openSession("", "", "create");
        assertTrue(browser.get(shopPath).body().contains("id=\"variant-cxml-urlencoded\" name=\"variant-field\" value=\"cxml-urlencoded\" checked"));

        ShopClient.Reply form = checkout(shopPath, Map.of("variant-field", "cXML-base64"));

        assertEquals(java.util.Set.of("cXML-base64"), form.hiddenFields().keySet());
        assertTrue(browser.get(shopPath).body().contains("id=\"variant-cXML-base64\" name=\"variant-field\" value=\"cXML-base64\" checked"));
    }

    @Test
    void doubleEncodedReadsPercentAfterOneDecoding() {
        ShopClient.Reply form = checkout(openSession("", "", "create"), Map.of("variant", "double-encoded"));

        String value = form.hiddenFields().get("cxml-urlencoded");
        assertTrue(value.startsWith("%3C%3Fxml"), value);
        assertTrue(value.contains("%3CcXML"), value);
        assertTrue(URLDecoder.decode(value, StandardCharsets.UTF_8).contains("<BuyerCookie>" + COOKIE + "</BuyerCookie>"));
    }

    @Test
    void wrongCookieVariantChangesCookie() {
        ShopClient.Reply form = checkout(openSession("?variant=wrong-cookie", "", "create"), Map.of());

        String xml = form.hiddenFields().get("cxml-urlencoded");
        assertFalse(xml.contains("<BuyerCookie>" + COOKIE + "</BuyerCookie>"), xml);
        assertTrue(xml.contains("<BuyerCookie>wrong-"), xml);
    }

    @Test
    void unknownTokenVariantChangesReturnUrl() {
        ShopClient.Reply form = checkout(openSession("", "", "create"), Map.of("variant", "unknown-token"));

        String action = form.formAction();
        assertTrue(action.startsWith("http://127.0.0.1:1/openprocure/punch-out/return/"), action);
        assertNotEquals(RETURN_URL, action);
    }

    @Test
    void editStartsWithBuyersCart() {
        String itemsOut = """
                <ItemOut quantity="4" lineNumber="1">
                  <ItemID><SupplierPartID>CHAISE-ERGO</SupplierPartID>
                    <SupplierPartAuxiliaryID>cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui</SupplierPartAuxiliaryID></ItemID>
                  <ItemDetail><UnitPrice><Money currency="EUR">249.00</Money></UnitPrice>
                    <Description xml:lang="fr">Chaise de bureau ergonomique</Description><UnitOfMeasure>EA</UnitOfMeasure>
                    <Classification domain="UNSPSC">56112104</Classification></ItemDetail>
                </ItemOut>
                <ItemOut quantity="2" lineNumber="2">
                  <ItemID><SupplierPartID>ANCIEN-42</SupplierPartID><SupplierPartAuxiliaryID>old;key=1</SupplierPartAuxiliaryID></ItemID>
                  <ItemDetail><UnitPrice><Money currency="EUR">5.25</Money></UnitPrice>
                    <Description xml:lang="fr"><ShortName>Article retiré du catalogue</ShortName></Description><UnitOfMeasure>BX</UnitOfMeasure>
                    <Classification domain="UNSPSC">44121704</Classification></ItemDetail>
                </ItemOut>
                """;
        String shopPath = openSession("", itemsOut, "edit");

        String page = browser.get(shopPath).body();
        assertTrue(page.contains("opération edit"), page);
        assertTrue(page.contains("<tr id=\"cart-CHAISE-ERGO\">"), page);
        assertTrue(page.contains("<tr id=\"cart-ANCIEN-42\">"), page);
        assertTrue(page.contains("Article retiré du catalogue"), page);
        assertTrue(page.contains("<td>Article retiré du catalogue</td>"), "the ShortName is the description: " + page);

        String xml = browser.postForm(shopPath + "/checkout", Map.of()).hiddenFields().get("cxml-urlencoded");
        assertTrue(xml.contains("<ItemIn quantity=\"4\" lineNumber=\"1\">"), xml);
        assertTrue(xml.contains("<SupplierPartID>ANCIEN-42</SupplierPartID>"), xml);
        assertTrue(xml.contains("<SupplierPartAuxiliaryID>old;key=1</SupplierPartAuxiliaryID>"), xml);
        assertTrue(xml.contains("<Total><Money currency=\"EUR\">1006.50</Money></Total>"), xml);
    }

    @Test
    void invalidQuantityShowsError() {
        String shopPath = openSession("", "", "create");

        ShopClient.Reply reply = browser.inLanguage("en").postForm(shopPath + "/add", Map.of("part", "HDMI-2M", "quantity", "-2"));

        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("Invalid quantity: &quot;-2&quot;"), reply.body());
    }

    @Test
    void unknownVariantGets400() {
        ShopClient.Reply reply = checkout(openSession("", "", "create"), Map.of("variant", "sideways"));

        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("Variante inconnue\u00a0: sideways"), reply.body());
    }

    @Test
    void unknownSessionGets404() {
        assertEquals(404, browser.get("/shop/no-such-session").status());
    }
}
