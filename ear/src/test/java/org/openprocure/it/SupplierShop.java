package org.openprocure.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A supplier's shop on 127.0.0.1. Its cXML punch-out endpoint, for the server-to-server
 * PunchOutSetupRequest, records each request body and returns a start page, or the HTTP status a
 * test sets. Its OCI catalog page records each form the browser posts to it.
 */
final class SupplierShop implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> catalogForms = new CopyOnWriteArrayList<>();
    private volatile int httpStatus = 200;

    SupplierShop() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/punchout", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = setupResponse(requests.size()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(httpStatus, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.createContext("/catalog", exchange -> {
            catalogForms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] page = "<!DOCTYPE html><html><body><h1 id=\"catalog\">Catalog</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/punchout";
    }

    String catalogUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
    }

    /** Returns the URL-encoded bodies of the forms posted to the OCI catalog page, oldest first. */
    List<String> catalogForms() {
        return catalogForms;
    }

    /** Returns the start page the shop gives for its n-th session, counted from 1. */
    String startPage(int session) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/shop?session=" + session;
    }

    void answerWithHttpStatus(int status) {
        httpStatus = status;
    }

    List<String> requests() {
        return requests;
    }

    String lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private String setupResponse(int session) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                <cXML xml:lang="en-US" payloadID="%d@shop" timestamp="2026-12-05T02:00:00+00:00">
                  <Response>
                    <Status code="200" text="success"></Status>
                    <PunchOutSetupResponse><StartPage><URL>%s</URL></StartPage></PunchOutSetupResponse>
                  </Response>
                </cXML>""".formatted(session, startPage(session));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
