package org.openprocure.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.demoshop.Catalog;
import org.openprocure.demoshop.DemoShop;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.sun.net.httpserver.HttpServer;

/**
 * The demo shop in Chromium without OpenProcure: a small receiver in the test JVM takes the place of the
 * buyer's return address and keeps the raw form body the browser posts. These tests show what
 * the browser really sends for the shop's variants, such as Latin-1 bytes.
 */
class DemoShopInBrowserIT {

    private static final Pattern START_PAGE = Pattern.compile("<URL>([^<]*)</URL>");

    /** A form post that reached the receiver: its Content-Type and its body, undecoded. */
    private record Post(String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.US_ASCII);
        }
    }

    private final BlockingQueue<Post> posts = new ArrayBlockingQueue<>(4);
    private DemoShop shop;
    private HttpServer receiver;
    private WebDriver browser;

    @BeforeEach
    void startShopAndReceiver() throws IOException {
        shop = new DemoShop().start(0);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/return/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                posts.add(new Post(exchange.getRequestHeaders().getFirst("Content-Type"), in.readAllBytes()));
                byte[] page = "<!DOCTYPE html><html><body><p id=\"received\">received</p></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
        });
        receiver.start();
        Path profile = Files.createTempDirectory("chromium-profile");
        browser = Chromium.start(profile);
    }

    @AfterEach
    void stopAll() {
        if (browser != null) {
            browser.quit();
        }
        receiver.stop(0);
        shop.stop();
    }

    @Test
    void latin1FormPostsLatin1Bytes() throws InterruptedException {
        String hook = returnUrl("oci-token");
        browser.get(shop.baseUrl() + "/oci?HOOK_URL=" + URLEncoder.encode(hook, StandardCharsets.UTF_8) + "&USERNAME="
                + DemoShop.DEFAULT_OCI_USERNAME + "&PASSWORD=" + DemoShop.DEFAULT_OCI_PASSWORD + "&~TARGET=_top");
        Chromium.waitFor(browser, By.id("checkout"));
        ShopPage.add(browser, "ECRAN-27-QHD", "2");
        ShopPage.add(browser, Catalog.SCREWS, "2500");
        browser.findElement(By.id("variant-latin1")).click();
        browser.findElement(By.id("variant-comma-decimals")).click();
        browser.findElement(By.id("variant-priceunit-1000")).click();

        Post post = checkOut();

        assertEquals("application/x-www-form-urlencoded", post.contentType(), "the browser names no charset");
        String body = post.text();
        assertTrue(body.contains("NEW_ITEM-DESCRIPTION%5B1%5D=%C9cran+27+pouces+QHD%2C+pied+r%E9glable"), body);
        assertTrue(body.contains("NEW_ITEM-PRICE%5B1%5D=289900"), body);
        assertTrue(body.contains("NEW_ITEM-PRICE%5B2%5D=12%2C50"), body);
        assertTrue(body.contains("NEW_ITEM-PRICEUNIT%5B2%5D=1000"), body);
        assertTrue(body.contains("NEW_ITEM-DESCRIPTION%5B2%5D=Vis+%E0+bois+4+%D7+40+mm%2C+zingu%E9es"), body);
        String decoded = URLDecoder.decode(body, StandardCharsets.ISO_8859_1);
        assertTrue(decoded.contains("NEW_ITEM-LONGTEXT_1:132[]=Écran IPS 27 pouces, 2560 × 1440 pixels"), decoded);
    }

    @Test
    void cxmlBase64CarriesCookie() throws InterruptedException {
        openCxmlSession("cookie-base64");
        ShopPage.add(browser, Catalog.CHAIR, "1");
        browser.findElement(By.id("variant-cXML-base64")).click();

        String body = checkOut().text();

        assertTrue(body.startsWith("cXML-base64="), body);
        String base64 = URLDecoder.decode(body.substring("cXML-base64=".length()), StandardCharsets.UTF_8);
        String xml = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<BuyerCookie>cookie-base64</BuyerCookie>"), xml);
        assertTrue(xml.contains("<SupplierPartAuxiliaryID>cfg=chaise-ergo;accoudoirs=3D;couleur=noir;têtière=oui</SupplierPartAuxiliaryID>"), xml);
    }

    @Test
    void doubleEncodedReadsPercentOnce() throws InterruptedException {
        openCxmlSession("cookie-double");
        ShopPage.add(browser, "HDMI-2M", "1");
        browser.findElement(By.id("variant-double-encoded")).click();

        String body = checkOut().text();

        assertTrue(body.startsWith("cxml-urlencoded="), body);
        String once = URLDecoder.decode(body.substring("cxml-urlencoded=".length()), StandardCharsets.UTF_8);
        assertTrue(once.startsWith("%3C%3Fxml"), once);
        assertTrue(URLDecoder.decode(once, StandardCharsets.UTF_8).contains("<BuyerCookie>cookie-double</BuyerCookie>"));
    }

    /** Posts a PunchOutSetupRequest as the buyer's server does, then opens the start page in the browser. */
    private void openCxmlSession(String cookie) {
        String setup = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd">
                <cXML payloadID="1.2@openprocure.test" timestamp="2026-12-05T02:00:00+00:00">
                  <Header>
                    <From><Credential domain="NetworkID"><Identity>openprocure-buyer</Identity></Credential></From>
                    <To><Credential domain="DUNS"><Identity>123456789</Identity></Credential></To>
                    <Sender><Credential domain="NetworkID"><Identity>openprocure-buyer</Identity>
                      <SharedSecret>%s</SharedSecret></Credential><UserAgent>test</UserAgent></Sender>
                  </Header>
                  <Request><PunchOutSetupRequest operation="create"><BuyerCookie>%s</BuyerCookie>
                    <BrowserFormPost><URL>%s</URL></BrowserFormPost></PunchOutSetupRequest></Request>
                </cXML>
                """.formatted(DemoShop.DEFAULT_SHARED_SECRET, cookie, returnUrl("cxml-token"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/cxml/setup"))
                    .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(setup)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher startPage = START_PAGE.matcher(response.body());
            assertTrue(startPage.find(), response.body());
            browser.get(startPage.group(1));
        } catch (IOException e) {
            throw new IllegalStateException("The setup request to the demo shop failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        Chromium.waitFor(browser, By.id("checkout"));
    }

    private String returnUrl(String token) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/return/" + token;
    }

    /** Clicks the checkout button and returns what the auto-submitted form posted, waiting up to 30 s. */
    private Post checkOut() throws InterruptedException {
        browser.findElement(By.id("checkout")).click();
        Post post = posts.poll(30, TimeUnit.SECONDS);
        assertTrue(post != null, "nothing posted to the return address; the browser shows " + browser.getCurrentUrl());
        Chromium.waitFor(browser, By.id("received"));
        return post;
    }
}
