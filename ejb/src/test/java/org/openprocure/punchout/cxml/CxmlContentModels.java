package org.openprocure.punchout.cxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the element order of a cXML document against DTD content models, such as
 * {@code OrderRequestHeader, ItemOut+}. The models are those of cXML.dtd 1.2.063 as the team's
 * format notes give them. Where the notes leave elements out with "…", any elements may stand there,
 * so only the order of the elements named around it is checked. Elements without a model are not checked.
 */
public final class CxmlContentModels {

    private static final String ANY = "…";

    /** The content models of the envelope and of OrderRequest, in DTD syntax. */
    public static final Map<String, String> ORDER_REQUEST = Map.ofEntries(
            Map.entry("cXML", "(((Header, (Message | Request)) | Response), ds:Signature*)"),
            Map.entry("Header", "(From, To, Sender, (Path, OriginalDocument)?)"),
            Map.entry("From", "(Credential+)"),
            Map.entry("To", "(Credential+)"),
            Map.entry("Sender", "(Credential+, UserAgent)"),
            Map.entry("Credential", "(Identity, (SharedSecret | DigitalSignature | CredentialMac)?)"),
            Map.entry("Request", "(OrderRequest)"),
            Map.entry("OrderRequest", "(OrderRequestHeader, ItemOut+)"),
            Map.entry("OrderRequestHeader", "(Total, ShipTo?, BillTo, BusinessPartner*, …, Shipping?, Tax?, Payment?, PaymentTerm*, Contact*,"
                    + " Comments*, …, Extrinsic*)"),
            Map.entry("ItemOut", "(ItemID, Path?, ItemDetail?, …, ShipTo?, Shipping?, Tax?, SpendDetail?, Distribution*, …)"),
            Map.entry("ItemID", "(SupplierPartID, SupplierPartAuxiliaryID?, BuyerPartID?)"),
            Map.entry("ItemDetail", "(UnitPrice, Description+, …, UnitOfMeasure, PriceBasisQuantity?, Classification+, ManufacturerPartID?,"
                    + " ManufacturerName?, URL?, LeadTime?, …, Extrinsic*)"),
            Map.entry("UnitPrice", "(Money, Modifications?, PricingConditions?)"),
            Map.entry("Total", "(Money)"));

    private static final Pattern TOKEN = Pattern.compile("\\s*([A-Za-z][\\w:.-]*|…|[(),|?*+])");

    private CxmlContentModels() {
    }

    /** Returns one line per element whose children break its model, naming the path and the children found; empty when all fit. */
    public static List<String> violations(XmlElement root, Map<String, String> models) {
        List<String> violations = new ArrayList<>();
        check(root, root.name(), models, violations);
        return violations;
    }

    private static void check(XmlElement element, String path, Map<String, String> models, List<String> violations) {
        String model = models.get(element.name());
        if (model != null) {
            StringBuilder sequence = new StringBuilder();
            for (XmlElement child : element.children()) {
                sequence.append(child.name()).append(',');
            }
            if (!toRegex(model).matcher(sequence).matches()) {
                violations.add(path + ": children [" + sequence + "] do not fit " + model);
            }
        }
        for (XmlElement child : element.children()) {
            check(child, path + "/" + child.name(), models, violations);
        }
    }

    /** Turns a content model into a regular expression over the children's names, each followed by a comma. */
    static Pattern toRegex(String model) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = TOKEN.matcher(model);
        int position = 0;
        while (position < model.length() && matcher.find(position) && matcher.start() == position) {
            String token = matcher.group(1);
            switch (token) {
                case "(" -> regex.append("(?:");
                case ")", "|", "?", "*", "+" -> regex.append(token);
                case "," -> { }
                case ANY -> regex.append("(?:[^,]+,)*?");
                default -> regex.append("(?:").append(Pattern.quote(token)).append(",)");
            }
            position = matcher.end();
        }
        if (!model.substring(position).isBlank()) {
            throw new IllegalArgumentException("Cannot read the content model at: " + model.substring(position));
        }
        return Pattern.compile(regex.toString());
    }
}
