package org.openprocure.demoshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OCI side of the shop: the call with HOOK_URL and credentials, and the NEW_ITEM fields of each variant. */
class OciPunchOutTest {

    private static final String HOOK_URL = "http://127.0.0.1:1/openprocure/punch-out/return/oci-token-7";

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

    private static Map<String, String> ociCall(String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("HOOK_URL", HOOK_URL);
        form.put("USERNAME", DemoShop.DEFAULT_OCI_USERNAME);
        form.put("PASSWORD", password);
        form.put("~TARGET", "_top");
        form.put("~OkCode", "ADDI");
        form.put("OCI_VERSION", "4.0");
        return form;
    }

    /** Opens a session by a POST, adds 3 HDMI cables, 2,500 screws and 1 chair, and checks out with the variants. */
    private Map<String, String> checkout(String... variants) {
        return checkoutReply(variants).hiddenFields();
    }

    private ShopClient.Reply checkoutReply(String... variants) {
        ShopClient.Reply opened = browser.postForm("/oci", ociCall(DemoShop.DEFAULT_OCI_PASSWORD));
        assertEquals(303, opened.status(), opened.toString());
        String shopPath = opened.location();
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", "HDMI-2M", "quantity", "3")).status());
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", Catalog.SCREWS, "quantity", "2500")).status());
        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", Catalog.CHAIR, "quantity", "1")).status());
        ShopClient.Reply reply = browser.postForm(shopPath + "/checkout", Map.of("variant", String.join(",", variants)));
        assertEquals(200, reply.status(), reply.toString());
        return reply;
    }

    @Test
    void wrongPasswordGets401() {
        ShopClient.Reply reply = browser.postForm("/oci", ociCall("guess"));

        assertEquals(401, reply.status());
        assertTrue(reply.body().contains("mot de passe OCI incorrect"), reply.body());
    }

    @Test
    void missingHookUrlGets400() {
        Map<String, String> call = ociCall(DemoShop.DEFAULT_OCI_PASSWORD);
        call.remove("HOOK_URL");

        ShopClient.Reply reply = browser.inLanguage("en-GB,en;q=0.8").postForm("/oci", call);

        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("The HOOK_URL parameter is missing"), reply.body());
    }

    @Test
    void getCallWithLowerCaseNamesOpensSession() {
        String query = "hook_url=" + URLEncoder.encode(HOOK_URL, StandardCharsets.UTF_8) + "&username=" + DemoShop.DEFAULT_OCI_USERNAME
                + "&password=" + DemoShop.DEFAULT_OCI_PASSWORD + "&returntarget=_parent";

        ShopClient.Reply reply = browser.get("/oci?" + query);

        assertEquals(303, reply.status(), reply.toString());
        assertEquals(200, browser.get(reply.location()).status());
    }

    @Test
    void defaultFieldsFollowSpecification() {
        ShopClient.Reply reply = checkoutReply();
        Map<String, String> fields = reply.hiddenFields();

        assertEquals(HOOK_URL, reply.formAction());
        assertTrue(reply.body().contains("target=\"_top\""), reply.body());
        assertEquals("Câble HDMI 2 m", fields.get("NEW_ITEM-DESCRIPTION[1]"));
        assertEquals("3", fields.get("NEW_ITEM-QUANTITY[1]"));
        assertEquals("EA", fields.get("NEW_ITEM-UNIT[1]"));
        assertEquals("8.90", fields.get("NEW_ITEM-PRICE[1]"));
        assertEquals("1", fields.get("NEW_ITEM-PRICEUNIT[1]"));
        assertEquals("EUR", fields.get("NEW_ITEM-CURRENCY[1]"));
        assertEquals("HDMI-2M", fields.get("NEW_ITEM-VENDORMAT[1]"));
        assertEquals("26121609", fields.get("NEW_ITEM-MATGROUP[1]"));
        assertEquals("2500", fields.get("NEW_ITEM-QUANTITY[2]"));
        assertEquals("12.50", fields.get("NEW_ITEM-PRICE[2]"));
        assertEquals("1000", fields.get("NEW_ITEM-PRICEUNIT[2]"));
        assertEquals("cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui", fields.get("NEW_ITEM-EXT_PRODUCT_ID[3]"));
        assertTrue(fields.get("NEW_ITEM-LONGTEXT_3:132[]").startsWith("Chaise de bureau ergonomique à dossier résille"));
    }

    @Test
    void commaDecimalsAndPriceUnit1000() {
        Map<String, String> fields = checkout("comma-decimals", "priceunit-1000");

        assertEquals("8900", fields.get("NEW_ITEM-PRICE[1]"));
        assertEquals("1000", fields.get("NEW_ITEM-PRICEUNIT[1]"));
        assertEquals("12,50", fields.get("NEW_ITEM-PRICE[2]"));
        assertEquals("1000", fields.get("NEW_ITEM-PRICEUNIT[2]"));
        assertEquals("249000", fields.get("NEW_ITEM-PRICE[3]"));
    }

    @Test
    void paddedNumbers() {
        Map<String, String> fields = checkout("padded-numbers", "comma-decimals");

        assertEquals("00000000003,000", fields.get("NEW_ITEM-QUANTITY[1]"));
        assertEquals("00000000008,900", fields.get("NEW_ITEM-PRICE[1]"));
        assertEquals("00000000001,000", fields.get("NEW_ITEM-PRICEUNIT[1]"));
        assertEquals("00000001000,000", fields.get("NEW_ITEM-PRICEUNIT[2]"));
        assertEquals("00002", fields.get("NEW_ITEM-LEADTIME[1]"));
    }

    @Test
    void emptyOrMissingPriceUnitPricesOneUnit() {
        Map<String, String> empty = checkout("priceunit-empty");
        assertEquals("", empty.get("NEW_ITEM-PRICEUNIT[2]"));
        assertEquals("0.0125", empty.get("NEW_ITEM-PRICE[2]"));

        Map<String, String> missing = checkout("priceunit-missing");
        assertFalse(missing.containsKey("NEW_ITEM-PRICEUNIT[1]"), missing.toString());
        assertFalse(missing.containsKey("NEW_ITEM-PRICEUNIT[2]"), missing.toString());
        assertEquals("0.0125", missing.get("NEW_ITEM-PRICE[2]"));
        assertEquals("8.90", missing.get("NEW_ITEM-PRICE[1]"));
    }

    @Test
    void indexFromZeroAndGaps() {
        assertEquals("HDMI-2M", checkout("index-from-0").get("NEW_ITEM-VENDORMAT[0]"));
        assertEquals(Catalog.CHAIR, checkout("index-from-0").get("NEW_ITEM-VENDORMAT[2]"));

        Map<String, String> gaps = checkout("index-gaps");
        assertEquals("HDMI-2M", gaps.get("NEW_ITEM-VENDORMAT[1]"));
        assertEquals(Catalog.SCREWS, gaps.get("NEW_ITEM-VENDORMAT[3]"));
        assertEquals(Catalog.CHAIR, gaps.get("NEW_ITEM-VENDORMAT[5]"));
        assertTrue(gaps.containsKey("NEW_ITEM-LONGTEXT_5:132[]"), gaps.keySet().toString());
    }

    @Test
    void longTextSpellings() {
        assertTrue(checkout("longtext-no-brackets").containsKey("NEW_ITEM-LONGTEXT_3:132"));
        assertTrue(checkout("longtext-index").containsKey("NEW_ITEM-LONGTEXT[3]"));
        assertTrue(checkout("longtext-spec").containsKey("NEW_ITEM-LONGTEXT_3:132[]"));
    }

    @Test
    void latin1PageSendsLatin1Bytes() {
        ShopClient.Reply reply = checkoutReply("latin1");

        assertEquals("text/html; charset=ISO-8859-1", reply.contentType());
        assertEquals("ISO-8859-1", reply.formCharset());
        assertTrue(reply.body().contains("<meta charset=\"ISO-8859-1\">"));
        byte[] cable = "Câble HDMI 2 m".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(contains(reply.bytes(), cable), "the page holds the description in ISO-8859-1 bytes");
        assertEquals("Câble HDMI 2 m", reply.hiddenFields().get("NEW_ITEM-DESCRIPTION[1]"));
        // "…" is not in ISO-8859-1, so the page writes it as a character reference.
        assertTrue(reply.body().contains("&#8230;"), reply.body());
    }

    @Test
    void variantFromCallPresetsCheckout() {
        Map<String, String> call = ociCall(DemoShop.DEFAULT_OCI_PASSWORD);
        call.put("variant", "latin1,index-gaps,cxml-base64");
        String shopPath = browser.postForm("/oci", call).location();

        ShopClient.Reply page = browser.get(shopPath);
        assertEquals("text/html; charset=ISO-8859-1", page.contentType());
        assertTrue(page.body().contains("id=\"variant-index-gaps\" name=\"variant\" value=\"index-gaps\" checked"), page.body());
        assertFalse(page.body().contains("cxml-base64"), "a cXML variant has no control in an OCI session");

        assertEquals(303, browser.postForm(shopPath + "/add", Map.of("part", "ECRAN-27-QHD", "quantity", "2")).status());
        ShopClient.Reply reply = browser.postForm(shopPath + "/checkout", Map.of());
        assertEquals("Écran 27 pouces QHD, pied réglable", reply.hiddenFields().get("NEW_ITEM-DESCRIPTION[1]"));
        assertEquals("ISO-8859-1", reply.formCharset());
    }

    @Test
    void englishPage() {
        String shopPath = browser.postForm("/oci", ociCall(DemoShop.DEFAULT_OCI_PASSWORD)).location();

        String english = browser.inLanguage("en-US,en;q=0.9,fr;q=0.5").get(shopPath).body();
        assertTrue(english.contains(">Transfer the cart<"), english);
        String german = browser.inLanguage("de-DE,de;q=0.9").get(shopPath).body();
        assertTrue(german.contains(">Transférer le panier<"), german);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void variantNamesParse() {
        assertEquals(java.util.Set.of(Variant.CXML_BASE64_MIXED_CASE, Variant.WRONG_COOKIE),
                Variant.parse(List.of("cxml-urlencoded,wrong-cookie", "cXML-base64")));
        assertEquals(java.util.Set.of(Variant.CXML_BASE64), Variant.parse(List.of("BASE64")));
        assertEquals(java.util.Set.of(Variant.COMMA_DECIMALS), Variant.parse(List.of("Comma-Decimals", "priceunit-as-sold")));
    }
}
