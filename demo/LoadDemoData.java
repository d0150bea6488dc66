import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the OpenProcure demo data through the REST API, signed in as the demo users with tokens
 * from the demo Keycloak, so that every step runs the real services and shows in the documents'
 * timelines.
 *
 * <pre>java demo/LoadDemoData.java http://127.0.0.1:8080/openprocure demo/invoices http://127.0.0.1:8180/realms/openprocure [http://127.0.0.1:8190]</pre>
 *
 * Loads nothing when suppliers already exist, so a restart keeps the data as it is. With the address
 * of the demo shop as fourth argument, it then points the punch-out of Bureau Fournitures (cXML)
 * and of the coffee roaster (OCI) at that shop, on every run, so that a new port takes effect.
 */
public class LoadDemoData {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FIRST_ORDER_ID = Pattern.compile("\"purchaseOrders\":\\[\\{\"id\":(\\d+)");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final String base;
    private final Path invoices;
    private final String realm;
    /** The demo supplier shop, or null to leave punch-out unconfigured. */
    private final String shop;

    private LoadDemoData(String base, Path invoices, String realm, String shop) {
        this.base = base;
        this.invoices = invoices;
        this.realm = realm;
        this.shop = shop;
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 3 && arguments.length != 4) {
            System.err.println("usage: java LoadDemoData.java BASE_URL INVOICE_FOLDER REALM_URL [DEMO_SHOP_URL]");
            System.exit(2);
        }
        LoadDemoData loader = new LoadDemoData(arguments[0], Path.of(arguments[1]), arguments[2], arguments.length == 4 ? arguments[3] : null);
        loader.load();
        if (loader.shop != null) {
            loader.configurePunchOut();
        }
    }

    private void load() throws Exception {
        if (!call("bruno", "GET", "/api/suppliers", null, null).body().equals("[]")) {
            System.out.println("Demo data already loaded; nothing changed.");
            return;
        }

        // The codes are the supplier_id attributes of the supplier users in wildfly-config/keycloak/openprocure-realm.json.
        long office = created(call("bruno", "POST", "/api/suppliers", json("""
                {"code":"SUP-1001","name":"Bureau Fournitures SA","vatId":"FR23412345678","countryCode":"FR",
                 "contactEmail":"contact@bureau-fournitures.example","contactLanguage":"fr"}"""), 201));
        long coffee = created(call("bruno", "POST", "/api/suppliers", json("""
                {"code":"SUP-1002","name":"Café Torréfaction Lyonnaise SARL","vatId":"FR61552081317","countryCode":"FR",
                 "contactEmail":"contact@cafe-torrefaction.example","contactLanguage":"fr"}"""), 201));
        long repair = created(call("bruno", "POST", "/api/suppliers", json("""
                {"code":"SUP-1003","name":"Dépannage Imprimantes SARL","vatId":"FR45987654321","countryCode":"FR"}"""), 201));

        // Approval limits live on the user records in the product, not in Keycloak.
        call("admin", "POST", "/api/users/import", json("""
                [{"username":"marc","displayName":"Marc Durand","preferredLanguage":"fr","approvalLimit":5000,"approvalCurrency":"EUR"},
                 {"username":"nadia","displayName":"Nadia Benali","preferredLanguage":"fr","approvalLimit":2000,"approvalCurrency":"EUR"},
                 {"username":"agnes","displayName":"Agnès Moreau","preferredLanguage":"fr","approvalLimit":5000,"approvalCurrency":"EUR"},
                 {"username":"paul","displayName":"Paul Girard","preferredLanguage":"en","approvalLimit":2000,"approvalCurrency":"EUR"}]"""), 200);

        // The owners of the cost centres approve the invoices that come without an order.
        call("admin", "POST", "/api/cost-centres/import", json("""
                [{"code":"CC-ACCUEIL","name":"Accueil et services généraux","owner":"marc"},
                 {"code":"CC-IT","name":"Informatique","owner":"nadia"}]"""), 200);

        // Approval rules: the cost centre's owner approves, then management control from 5,000.00 EUR.
        call("admin", "PUT", "/api/approval-rules", json("""
                {"rules":[{"name":"cost centre manager","step":{"position":1,"approvers":"COST_CENTRE_OWNER","mode":"ALL"}},
                          {"name":"management control","when":{"minAmount":5000},
                           "step":{"position":2,"approvers":"GROUP","group":"management-control","mode":"ANY"}}],
                 "groups":{"management-control":["agnes","paul"]},"fallbackGroup":"management-control"}"""), 200);

        long paper = created(call("bruno", "POST", "/api/catalog/items", json("""
                {"supplierId":%d,"supplierPartNumber":"PAPER-A4","description":"Papier A4 80 g, ramette de 500 feuilles",
                 "unitPrice":4.20,"currency":"EUR","unitCode":"C62"}""".formatted(office)), 201));
        created(call("bruno", "POST", "/api/catalog/items", json("""
                {"supplierId":%d,"supplierPartNumber":"TONER-59A","description":"Toner laser noir HP 59A",
                 "unitPrice":64.90,"currency":"EUR","unitCode":"C62"}""".formatted(office)), 201));
        created(call("bruno", "POST", "/api/catalog/items", json("""
                {"supplierId":%d,"supplierPartNumber":"CAFE-ETH-1KG","description":"Café en grains Arabica Éthiopie, sac de 1 kg",
                 "unitPrice":18.50,"currency":"EUR","unitCode":"KGM"}""".formatted(coffee)), 201));

        // Below the approval limit: approved without a person, then confirmed, shipped and received.
        long smallRequisition = created(call("claire", "POST", "/api/requisitions", json("""
                {"title":"Papier pour l'accueil","lines":[{"catalogItemId":%d,"quantity":40,"vatRate":20,"costCentre":"CC-ACCUEIL"}]}"""
                .formatted(paper)), 201));
        String submitted = call("claire", "POST", "/api/requisitions/" + smallRequisition + "/submit", "{}", 200).body();
        long paperOrder = firstOrderId(submitted);
        call("sophie", "POST", "/api/purchase-orders/" + paperOrder + "/confirmation", json("""
                {"decision":"ACCEPT","note":"Livraison sous 48 h"}"""), 200);
        call("sophie", "POST", "/api/purchase-orders/" + paperOrder + "/shipping-notices", json("""
                {"number":"BL-2026-3310","deliveryDate":"2026-12-08","lines":[{"lineNumber":"1","quantity":40}]}"""), 201);
        call("rachid", "POST", "/api/purchase-orders/" + paperOrder + "/goods-receipts", json("""
                {"lines":[{"lineNumber":"1","receivedQuantity":40}]}"""), 201);

        // Above the limit: waits for nadia, who owns the cost centre CC-IT.
        long repairRequisition = created(call("claire", "POST", "/api/requisitions", json("""
                {"title":"Réparation du copieur du 2e étage","lines":[{"supplierId":%d,"description":"Remplacement du four du copieur",
                 "quantity":1,"unitCode":"C62","unitPrice":650.00,"currency":"EUR","vatRate":20,"costCentre":"CC-IT"}]}"""
                .formatted(repair)), 201));
        call("claire", "POST", "/api/requisitions/" + repairRequisition + "/submit", "{}", 200);

        // Orders issued by the ERP, which the demo invoice files refer to.
        long coffeeOrder = created(call("bruno", "POST", "/api/purchase-orders", json("""
                {"number":"PO-ERP-2026-1001","supplierId":%d,"currency":"EUR","lines":[{"lineNumber":"1","supplierPartNumber":"CAFE-ETH-1KG",
                 "description":"Café en grains Arabica Éthiopie, sac de 1 kg","quantity":30,"unitCode":"KGM","unitPrice":18.50,"vatRate":5.5}]}"""
                .formatted(coffee)), 201));
        long tonerOrder = created(call("bruno", "POST", "/api/purchase-orders", json("""
                {"number":"PO-ERP-2026-1002","supplierId":%d,"currency":"EUR","lines":[{"lineNumber":"1","supplierPartNumber":"TONER-59A",
                 "description":"Toner laser noir HP 59A","quantity":12,"unitCode":"C62","unitPrice":64.90,"vatRate":20}]}"""
                .formatted(office)), 201));
        // The maintenance order the invoice without an order reference belongs to, for accounts payable to assign.
        long maintenanceOrder = created(call("bruno", "POST", "/api/purchase-orders", json("""
                {"number":"PO-ERP-2026-1003","supplierId":%d,"currency":"EUR","lines":[{"lineNumber":"1","supplierPartNumber":"MAINT-COPIEUR",
                 "description":"Maintenance annuelle du copieur","quantity":1,"unitCode":"C62","unitPrice":180.00,"vatRate":20}]}"""
                .formatted(office)), 201));
        call("rachid", "POST", "/api/purchase-orders/" + maintenanceOrder + "/goods-receipts", json("""
                {"lines":[{"lineNumber":"1","receivedQuantity":1}]}"""), 201);
        call("rachid", "POST", "/api/purchase-orders/" + coffeeOrder + "/goods-receipts", json("""
                {"lines":[{"lineNumber":"1","receivedQuantity":30}]}"""), 201);
        call("rachid", "POST", "/api/purchase-orders/" + tonerOrder + "/goods-receipts", json("""
                {"lines":[{"lineNumber":"1","receivedQuantity":10}]}"""), 201);

        // Each supplier user sends their own company's invoices: lucie for the coffee roaster, sophie for the office supplier.
        call("lucie", "POST", "/api/invoices", Files.readString(invoices.resolve("FA-2026-1187-matched.xml")), 201, "application/xml");
        for (String file : new String[] {"FA-2026-0415-discrepancy.xml", "FA-2026-0420-no-order.xml"}) {
            call("sophie", "POST", "/api/invoices", Files.readString(invoices.resolve(file)), 201, "application/xml");
        }
        System.out.println("Demo data loaded: 3 suppliers, 3 catalog items, 2 requisitions, 4 purchase orders, 3 invoices.");
    }

    /**
     * Points the punch-out of SUP-1001 at the demo shop's cXML setup URL and that of SUP-1002 at its
     * OCI URL, with the shop's default credentials (see DemoShop in the demo-shop module). Skips
     * both, with a message, when the server has no punch-out API.
     */
    private void configurePunchOut() throws IOException, InterruptedException {
        String suppliers = call("bruno", "GET", "/api/suppliers", null, 200).body();
        String cxml = json("""
                {"protocol":"CXML","url":"%s/cxml/setup","fromDomain":"NetworkID","fromIdentity":"openprocure-demo",
                 "toDomain":"DUNS","toIdentity":"123456789","senderDomain":"NetworkID","senderIdentity":"openprocure-demo",
                 "sharedSecret":"demo-shop-secret"}""".formatted(shop));
        String oci = json("""
                {"protocol":"OCI","url":"%s/oci","ociParameters":{"USERNAME":"openprocure","PASSWORD":"demo-shop-password"}}"""
                .formatted(shop));
        for (String[] supplier : new String[][] {{"SUP-1001", cxml}, {"SUP-1002", oci}}) {
            Reply reply = call("admin", "PUT", "/api/suppliers/" + supplierId(suppliers, supplier[0]) + "/punch-out", supplier[1], null);
            if (reply.status() == 404 || reply.status() == 405) {
                System.out.println("This server has no punch-out API (HTTP " + reply.status() + "); the demo shop stays unused.");
                return;
            }
            if (reply.status() != 200 && reply.status() != 204) {
                throw new IllegalStateException("PUT punch-out of " + supplier[0] + " returned " + reply.status() + ": " + reply.body());
            }
        }
        System.out.println("Punch-out of SUP-1001 (cXML) and SUP-1002 (OCI) points at the demo shop " + shop + ".");
    }

    /** Returns the id of the supplier with this code in the JSON list, whatever the order of the fields. */
    private static long supplierId(String suppliers, String code) {
        Matcher supplier = Pattern.compile("\\{[^{}]*\"code\":\"" + Pattern.quote(code) + "\"[^{}]*\\}").matcher(suppliers);
        if (!supplier.find()) {
            throw new IllegalStateException("No supplier " + code + " in " + suppliers);
        }
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(supplier.group());
        if (!id.find()) {
            throw new IllegalStateException("Supplier " + code + " has no id in " + supplier.group());
        }
        return Long.parseLong(id.group(1));
    }

    private record Reply(int status, String body, String location) {
    }

    private Reply call(String user, String method, String path, String body, Integer expected) throws IOException, InterruptedException {
        return call(user, method, path, body, expected, "application/json");
    }

    /** Sends one request, retrying for two minutes while the server is not up yet; fails unless the status is the expected one. */
    private Reply call(String user, String method, String path, String body, Integer expected, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 404 && path.equals("/api/suppliers") && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    continue;
                }
                if (expected != null && response.statusCode() != expected) {
                    throw new IllegalStateException(method + " " + path + " as " + user + " returned " + response.statusCode()
                            + " instead of " + expected + ": " + response.body());
                }
                return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("OpenProcure did not respond at " + base + " within 2 minutes", e);
                }
                Thread.sleep(500);
            }
        }
    }

    /** Returns an access token of the demo user, by the password grant of the scripts client. */
    private String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=openprocure-scripts&client_secret=openprocure-scripts-demo-secret&username="
                + user + "&password=demo";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak returned no token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static String json(String text) {
        return text.replace("\n", " ");
    }

    private static long created(Reply reply) {
        return Long.parseLong(reply.location().substring(reply.location().lastIndexOf('/') + 1));
    }

    private static long firstOrderId(String requisition) {
        Matcher matcher = FIRST_ORDER_ID.matcher(requisition);
        if (!matcher.find()) {
            throw new IllegalStateException("The requisition issued no purchase order: " + requisition);
        }
        return Long.parseLong(matcher.group(1));
    }
}
