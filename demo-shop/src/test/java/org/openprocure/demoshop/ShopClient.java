package org.openprocure.demoshop;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Drives the demo shop over HTTP as a buyer system and a browser would, without following redirects. */
final class ShopClient {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern FORM = Pattern.compile("<form id=\"return-form\" method=\"post\" action=\"([^\"]*)\" accept-charset=\"([^\"]*)\"");
    private static final Pattern START_PAGE = Pattern.compile("<StartPage>\\s*<URL>([^<]*)</URL>");
    private static final Pattern STATUS = Pattern.compile("<Status code=\"(\\d+)\"");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(\\d+);");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String language = "fr-FR,fr;q=0.9";

    ShopClient(String base) {
        this.base = base;
    }

    ShopClient inLanguage(String acceptLanguage) {
        language = acceptLanguage;
        return this;
    }

    /** An HTTP response with its body bytes, as text in the charset its Content-Type names. */
    record Reply(int status, String contentType, String location, byte[] bytes) {

        String body() {
            return new String(bytes, Forms.charset(contentType));
        }

        /** Returns the status code of a cXML Response. */
        int cxmlStatus() {
            Matcher matcher = STATUS.matcher(body());
            if (!matcher.find()) {
                throw new AssertionError("No cXML Status in " + body());
            }
            return Integer.parseInt(matcher.group(1));
        }

        String startPage() {
            Matcher matcher = START_PAGE.matcher(body());
            if (!matcher.find()) {
                throw new AssertionError("No StartPage in " + body());
            }
            return unescape(matcher.group(1));
        }

        /** Returns the hidden fields of the return form, unescaped, in page order. */
        Map<String, String> hiddenFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher matcher = HIDDEN.matcher(body());
            while (matcher.find()) {
                fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
            }
            return fields;
        }

        String formAction() {
            return formAttribute(1);
        }

        String formCharset() {
            return formAttribute(2);
        }

        private String formAttribute(int group) {
            Matcher matcher = FORM.matcher(body());
            if (!matcher.find()) {
                throw new AssertionError("No return form in " + body());
            }
            return unescape(matcher.group(group));
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    static String unescape(String html) {
        String text = NUMERIC_REFERENCE.matcher(html).replaceAll(match -> new String(Character.toChars(Integer.parseInt(match.group(1)))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    Reply postXml(String path, String xml) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    Reply get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    Reply postForm(String path, Map<String, String> form) {
        return postForm(path, form, StandardCharsets.UTF_8);
    }

    Reply postForm(String path, Map<String, String> form, Charset charset) {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), charset) + "=" + URLEncoder.encode(entry.getValue(), charset))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, charset)));
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private Reply send(HttpRequest.Builder request) {
        request.header("Accept-Language", language).timeout(Duration.ofSeconds(10));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to the demo shop failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
