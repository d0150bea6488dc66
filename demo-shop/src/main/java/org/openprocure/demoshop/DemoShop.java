package org.openprocure.demoshop;

import static org.openprocure.demoshop.Exchanges.body;
import static org.openprocure.demoshop.Exchanges.error;
import static org.openprocure.demoshop.Exchanges.language;
import static org.openprocure.demoshop.Exchanges.query;
import static org.openprocure.demoshop.Exchanges.redirect;
import static org.openprocure.demoshop.Exchanges.sendHtml;
import static org.openprocure.demoshop.Exchanges.sendXml;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo supplier shop: an HTTP server on 127.0.0.1 that a buyer system punches out to.
 *
 * <ul>
 * <li>{@code POST /cxml/setup} takes a cXML PunchOutSetupRequest and returns a PunchOutSetupResponse
 * with a one-time start page, {@code GET /cxml/start/{token}};</li>
 * <li>{@code GET} or {@code POST /oci} takes an OCI call with HOOK_URL, USERNAME and PASSWORD;</li>
 * <li>both lead to the shop page {@code /shop/{session}}, whose checkout posts the cart back
 * through the browser as a cXML PunchOutOrderMessage or as OCI fields.</li>
 * </ul>
 *
 * A {@code variant} parameter on the setup URL, the start page URL, the OCI call or the checkout
 * form picks the test variants of {@link Variant}.
 *
 * <pre>java -jar demo-shop/target/openprocure-demo-shop.jar 8190 [--shared-secret S] [--oci-username U] [--oci-password P]</pre>
 */
public final class DemoShop {

    public static final String DEFAULT_SHARED_SECRET = "demo-shop-secret";
    public static final String DEFAULT_OCI_USERNAME = "openprocure";
    public static final String DEFAULT_OCI_PASSWORD = "demo-shop-password";

    private static final Logger LOG = Logger.getLogger(DemoShop.class.getName());
    /** Start pages are one-time and short-lived, so that a start page URL found later in a log opens no session. */
    private static final Duration START_PAGE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration SESSION_LIFETIME = Duration.ofHours(4);
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    private final String sharedSecret;
    private final String ociUsername;
    private final String ociPassword;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ShopSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, StartPage> startPages = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    /** A start page not used yet: the session it opens and when it expires. */
    private record StartPage(String sessionId, Instant expires) {
    }

    /** Creates a shop that checks these credentials: the cXML Sender's SharedSecret and the OCI USERNAME and PASSWORD. */
    public DemoShop(String sharedSecret, String ociUsername, String ociPassword) {
        this.sharedSecret = sharedSecret;
        this.ociUsername = ociUsername;
        this.ociPassword = ociPassword;
    }

    /** Creates a shop with {@link #DEFAULT_SHARED_SECRET}, {@link #DEFAULT_OCI_USERNAME} and {@link #DEFAULT_OCI_PASSWORD}. */
    public DemoShop() {
        this(DEFAULT_SHARED_SECRET, DEFAULT_OCI_USERNAME, DEFAULT_OCI_PASSWORD);
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length == 0 || arguments.length % 2 == 0) {
            System.err.println("usage: java -jar openprocure-demo-shop.jar PORT [--shared-secret S] [--oci-username U] [--oci-password P]");
            System.exit(2);
        }
        String secret = DEFAULT_SHARED_SECRET;
        String username = DEFAULT_OCI_USERNAME;
        String password = DEFAULT_OCI_PASSWORD;
        for (int i = 1; i < arguments.length; i += 2) {
            switch (arguments[i]) {
                case "--shared-secret" -> secret = arguments[i + 1];
                case "--oci-username" -> username = arguments[i + 1];
                case "--oci-password" -> password = arguments[i + 1];
                default -> {
                    System.err.println("Unknown option " + arguments[i] + "; expected --shared-secret, --oci-username or --oci-password");
                    System.exit(2);
                }
            }
        }
        DemoShop shop = new DemoShop(secret, username, password);
        shop.start(Integer.parseInt(arguments[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(shop::stop, "demo-shop-stop"));
        System.out.println("Demo shop listening on " + shop.baseUrl() + " (cXML: " + shop.baseUrl() + "/cxml/setup, OCI: "
                + shop.baseUrl() + "/oci)");
    }

    /** Starts listening on 127.0.0.1 at the port, or at a free port when it is 0. */
    public synchronized DemoShop start(int port) throws IOException {
        if (server != null) {
            throw new IllegalStateException("The demo shop already listens on " + baseUrl());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        LOG.info(() -> "Demo shop started on " + baseUrl());
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            LOG.info(() -> "Demo shop stopped on " + baseUrl());
            server = null;
        }
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The demo shop is not started");
        }
        return server.getAddress().getPort();
    }

    /** Returns http://127.0.0.1:PORT, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Request " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed", e);
            // The response may have started already; then the client sees the connection close.
            try {
                sendHtml(exchange, 500, Pages.error(language(exchange), e.toString(), null, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ignored) {
                LOG.fine("No error page could be sent");
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String[] segments = path.substring(1).split("/");
        if (path.equals("/")) {
            sendHtml(exchange, 200, Pages.index(language(exchange), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } else if (path.equals("/cxml/setup")) {
            if (method.equals("POST")) {
                cxmlSetup(exchange);
            } else {
                error(exchange, 405, Messages.text(language(exchange), "error.method", method), null);
            }
        } else if (segments.length == 3 && segments[0].equals("cxml") && segments[1].equals("start")) {
            cxmlStart(exchange, segments[2]);
        } else if (path.equals("/oci")) {
            ociStart(exchange);
        } else if (segments.length == 2 && segments[0].equals("shop") && method.equals("GET")) {
            withSession(exchange, segments[1], session -> sendHtml(exchange, 200, Pages.shop(session, language(exchange), charset(session)),
                    charset(session)));
        } else if (segments.length == 3 && segments[0].equals("shop") && method.equals("POST")) {
            withSession(exchange, segments[1], session -> shopAction(exchange, session, segments[2]));
        } else {
            error(exchange, 404, Messages.text(language(exchange), "error.notfound", path), null);
        }
    }

    /** Reads the PunchOutSetupRequest, checks the Sender's SharedSecret and opens a session with a one-time start page. */
    private void cxmlSetup(HttpExchange exchange) throws IOException {
        byte[] body = body(exchange);
        CxmlSetupRequest setup;
        Set<Variant> variants;
        try {
            setup = CxmlReader.readSetupRequest(body);
            variants = variants(Forms.variantNames(query(exchange)), Variant.Protocol.CXML);
        } catch (CxmlException e) {
            LOG.warning(() -> "Rejected a PunchOutSetupRequest with status " + e.statusCode() + ": " + e.getMessage());
            sendXml(exchange, CxmlWriter.setupResponse(e.statusCode(), e.getMessage(), null));
            return;
        } catch (Variant.UnknownVariantException e) {
            sendXml(exchange, CxmlWriter.setupResponse(400, e.getMessage(), null));
            return;
        }
        if (setup.sharedSecret() == null || !sameSecret(setup.sharedSecret(), sharedSecret)) {
            String sender = setup.sender() == null ? "none" : setup.sender().identity();
            LOG.warning(() -> "Rejected the PunchOutSetupRequest " + setup.payloadId() + " of sender " + sender + ": wrong or missing SharedSecret");
            sendXml(exchange, CxmlWriter.setupResponse(401, "Unauthorized: the Sender's SharedSecret is missing or wrong", null));
            return;
        }

        ShopSession session = open(Variant.Protocol.CXML, setup.browserFormPost(), setup.buyerCookie(), null, setup, variants);
        for (CartLine line : setup.itemsOut()) {
            session.add(line.item(), line.quantity());
        }
        String token = newId();
        startPages.put(token, new StartPage(session.id(), Instant.now().plus(START_PAGE_LIFETIME)));
        String startPage = base(exchange) + "/cxml/start/" + token;
        LOG.info(() -> "cXML session " + session.id() + " opened for payload " + setup.payloadId() + ", operation " + setup.operation()
                + ", " + setup.itemsOut().size() + " line(s) to edit");
        sendXml(exchange, CxmlWriter.setupResponse(200, "OK", startPage));
    }

    /** Uses up the start page and sends the browser to the session's shop page, keeping a variant parameter. */
    private void cxmlStart(HttpExchange exchange, String token) throws IOException {
        StartPage startPage = startPages.remove(token);
        if (startPage == null || startPage.expires().isBefore(Instant.now()) || !sessions.containsKey(startPage.sessionId())) {
            error(exchange, 410, Messages.text(language(exchange), "error.start"), null);
            return;
        }
        ShopSession session = sessions.get(startPage.sessionId());
        Set<Variant> added;
        try {
            added = variants(Forms.variantNames(query(exchange)), Variant.Protocol.CXML);
        } catch (Variant.UnknownVariantException e) {
            error(exchange, 400, Messages.text(language(exchange), "error.variant", e.name()), session.id());
            return;
        }
        Set<Variant> variants = session.variants();
        for (Variant variant : added) {
            variants.removeIf(other -> other.group() != null && other.group() == variant.group());
            variants.add(variant);
        }
        session.useVariants(variants);
        redirect(exchange, "/shop/" + session.id());
    }

    /** Opens an OCI session after checking USERNAME and PASSWORD; parameter names match in any letter case. */
    private void ociStart(HttpExchange exchange) throws IOException {
        Map<String, List<String>> parameters = query(exchange);
        String language = language(exchange);
        String method = exchange.getRequestMethod();

        if (method.equals("POST")) {
            Forms.parse(new String(body(exchange), StandardCharsets.ISO_8859_1), Forms.charset(exchange.getRequestHeaders().getFirst("Content-Type")),
                    parameters);
        } else if (!method.equals("GET")) {
            error(exchange, 405, Messages.text(language, "error.method", method), null);
            return;
        }

        String username = Forms.first(parameters, "USERNAME");
        String password = Forms.first(parameters, "PASSWORD");
        if (username == null || password == null || !sameSecret(username, ociUsername) || !sameSecret(password, ociPassword)) {
            LOG.warning(() -> "Rejected an OCI call of user " + username + ": wrong or missing USERNAME or PASSWORD");
            error(exchange, 401, Messages.text(language, "error.credentials"), null);
            return;
        }
        String hookUrl = Forms.first(parameters, "HOOK_URL");
        if (hookUrl == null || hookUrl.isBlank()) {
            error(exchange, 400, Messages.text(language, "error.hook"), null);
            return;
        }

        String target = Forms.first(parameters, "~TARGET");
        if (target == null) {
            target = Forms.first(parameters, "returntarget");
        }
        Set<Variant> variants;
        try {
            variants = variants(Forms.variantNames(parameters), Variant.Protocol.OCI);
        } catch (Variant.UnknownVariantException e) {
            error(exchange, 400, Messages.text(language, "error.variant", e.name()), null);
            return;
        }
        // NOTE: a real catalog accepts only the HOOK_URLs registered for the buyer, but this test peer posts to any.
        ShopSession session = open(Variant.Protocol.OCI, hookUrl, null, target, null, variants);
        LOG.info(() -> "OCI session " + session.id() + " opened for user " + username + ", OCI_VERSION "
                + Forms.first(parameters, "OCI_VERSION"));
        redirect(exchange, "/shop/" + session.id());
    }

    private void shopAction(HttpExchange exchange, ShopSession session, String action) throws IOException {
        Charset charset = Forms.charset(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, List<String>> parameters = query(exchange);
        Forms.parse(new String(body(exchange), StandardCharsets.ISO_8859_1), charset, parameters);
        String language = language(exchange);
        switch (action) {
            case "add" -> {
                String part = Forms.first(parameters, "part");
                Item item = part == null ? null : Catalog.find(part).orElse(null);
                if (item == null) {
                    error(exchange, 400, Messages.text(language, "error.part", part), session.id());
                    return;
                }
                String quantityText = Forms.first(parameters, "quantity");
                BigDecimal quantity = quantity(quantityText);
                if (quantity == null) {
                    error(exchange, 400, Messages.text(language, "error.quantity", quantityText), session.id());
                    return;
                }
                session.add(item, quantity);
                redirect(exchange, "/shop/" + session.id());
            }
            case "remove" -> {
                session.remove(Forms.first(parameters, "part"));
                redirect(exchange, "/shop/" + session.id());
            }
            case "checkout" -> checkout(exchange, session, parameters, language);
            default -> error(exchange, 404, Messages.text(language, "error.notfound", exchange.getRequestURI().getPath()), session.id());
        }
    }

    /**
     * Sends the page that posts the cart to the buyer's return address, with the variants of the
     * checkout form, or those of the session when the form names none.
     */
    private void checkout(HttpExchange exchange, ShopSession session, Map<String, List<String>> parameters, String language) throws IOException {
        List<String> names = Forms.variantNames(parameters);
        if (!names.isEmpty()) {
            try {
                session.useVariants(variants(names, session.protocol()));
            } catch (Variant.UnknownVariantException e) {
                error(exchange, 400, Messages.text(language, "error.variant", e.name()), session.id());
                return;
            }
        }
        Set<Variant> variants = session.variants();
        String action = variants.contains(Variant.UNKNOWN_TOKEN) ? replaceLastSegment(session.returnUrl(), newId()) : session.returnUrl();
        List<CartLine> lines = session.lines();
        List<Map.Entry<String, String>> fields;
        Charset charset = StandardCharsets.UTF_8;
        if (session.protocol() == Variant.Protocol.CXML) {
            fields = List.of(cxmlField(session, lines, variants));
        } else {
            fields = OciCart.fields(lines, variants);
            if (variants.contains(Variant.LATIN1)) {
                charset = StandardCharsets.ISO_8859_1;
            }
        }
        LOG.info(() -> "Session " + session.id() + " checks out " + lines.size() + " line(s) with variants " + toNames(variants));
        sendHtml(exchange, 200, Pages.returnForm(action, session.target(), fields, language, charset), charset);
    }

    /** Returns the form field that carries the PunchOutOrderMessage, named and encoded as the variants ask. */
    private Map.Entry<String, String> cxmlField(ShopSession session, List<CartLine> lines, Set<Variant> variants) {
        String cookie = variants.contains(Variant.WRONG_COOKIE) ? "wrong-" + newId() : session.buyerCookie();
        String xml = CxmlWriter.orderMessage(session.setup(), cookie, lines, session.total());
        Variant field = variants.stream().filter(variant -> variant.group() == Variant.Group.FIELD).findFirst().orElse(Variant.CXML_URLENCODED);
        String value = field == Variant.CXML_BASE64 || field == Variant.CXML_BASE64_MIXED_CASE
                ? Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)) : xml;
        if (variants.contains(Variant.DOUBLE_ENCODED)) {
            value = URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return Map.entry(field.wireName(), value);
    }

    private ShopSession open(Variant.Protocol protocol, String returnUrl, String buyerCookie, String target, CxmlSetupRequest setup,
                             Set<Variant> variants) {
        Instant oldest = Instant.now().minus(SESSION_LIFETIME);
        sessions.values().removeIf(session -> session.created().isBefore(oldest));
        startPages.values().removeIf(startPage -> startPage.expires().isBefore(Instant.now()));
        ShopSession session = new ShopSession(newId(), protocol, returnUrl, buyerCookie, target, setup, variants);
        sessions.put(session.id(), session);
        return session;
    }

    private interface SessionAction {
        void run(ShopSession session) throws IOException;
    }

    private void withSession(HttpExchange exchange, String id, SessionAction action) throws IOException {
        ShopSession session = sessions.get(id);
        if (session == null) {
            error(exchange, 404, Messages.text(language(exchange), "error.session"), null);
            return;
        }
        action.run(session);
    }

    /** Parses variant names and keeps those of the protocol, so that one URL can carry variants of both. */
    private static Set<Variant> variants(List<String> names, Variant.Protocol protocol) {
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        for (Variant variant : Variant.parse(names)) {
            if (variant.appliesTo(protocol)) {
                variants.add(variant);
            }
        }
        return variants;
    }

    private static List<String> toNames(Set<Variant> variants) {
        List<String> names = new ArrayList<>();
        variants.forEach(variant -> names.add(variant.wireName()));
        return names;
    }

    /** Parses a quantity typed by a person, with a decimal point or comma; null unless positive. */
    private static BigDecimal quantity(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal quantity = new BigDecimal(text.strip().replace(',', '.'));
            return quantity.signum() > 0 ? quantity : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String replaceLastSegment(String url, String segment) {
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String replaced = path.substring(0, path.lastIndexOf('/') + 1) + segment;
            return new URI(uri.getScheme(), uri.getAuthority(), replaced, uri.getQuery(), uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            return url + "-" + segment;
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    private static boolean sameSecret(String received, String expected) {
        return MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns the scheme and authority the client reached the shop at, from the Host header when it is well-formed. */
    private String base(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && HOST_HEADER.matcher(host).matches() ? "http://" + host : baseUrl();
    }

    private static Charset charset(ShopSession session) {
        return session.variants().contains(Variant.LATIN1) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }
}
