package org.openprocure.demoshop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a PunchOutSetupRequest. The parser never loads the DTD that the DOCTYPE names, nor any
 * external entity: every lookup resolves to an empty document.
 */
final class CxmlReader {

    private CxmlReader() {
    }

    static CxmlSetupRequest readSetupRequest(byte[] body) throws CxmlException {
        Element root = parse(body).getDocumentElement();
        if (!"cXML".equals(root.getTagName())) {
            throw new CxmlException(400, "The root element is " + root.getTagName() + ", expected cXML");
        }
        Element header = child(root, "Header");
        Element setup = child(child(root, "Request"), "PunchOutSetupRequest");
        if (header == null || setup == null) {
            throw new CxmlException(400, "The document has no Header or no Request/PunchOutSetupRequest");
        }
        Element senderCredential = child(child(header, "Sender"), "Credential");

        String operation = setup.getAttribute("operation");
        if (!List.of("create", "edit", "inspect").contains(operation)) {
            throw new CxmlException(400, "Unsupported operation \"" + operation + "\"; expected create, edit or inspect");
        }
        String buyerCookie = text(child(setup, "BuyerCookie"));
        String browserFormPost = text(child(child(setup, "BrowserFormPost"), "URL"));
        if (buyerCookie == null || buyerCookie.isEmpty()) {
            throw new CxmlException(400, "BuyerCookie is missing");
        }
        if (browserFormPost == null || browserFormPost.isEmpty()) {
            throw new CxmlException(400, "BrowserFormPost/URL is missing");
        }

        List<CartLine> itemsOut = new ArrayList<>();
        for (Element itemOut : children(setup, "ItemOut")) {
            itemsOut.add(itemOut(itemOut));
        }
        return new CxmlSetupRequest(root.getAttribute("payloadID"), credential(child(header, "From")), credential(child(header, "To")),
                credential(child(header, "Sender")), text(child(senderCredential, "SharedSecret")), operation, buyerCookie,
                browserFormPost, itemsOut);
    }

    /**
     * Turns an ItemOut into a cart line: the shop's own article when it sells the part, otherwise
     * an article built from the ItemOut, so that the buyer's line survives the round trip.
     */
    private static CartLine itemOut(Element itemOut) throws CxmlException {
        BigDecimal quantity = decimal(itemOut.getAttribute("quantity"), "ItemOut/@quantity");
        Element itemId = child(itemOut, "ItemID");
        String partId = text(child(itemId, "SupplierPartID"));
        if (partId == null || partId.isEmpty()) {
            throw new CxmlException(400, "An ItemOut has no ItemID/SupplierPartID");
        }
        Item known = Catalog.find(partId).orElse(null);
        if (known != null) {
            return new CartLine(known, quantity);
        }
        Element detail = child(itemOut, "ItemDetail");
        Element money = child(child(detail, "UnitPrice"), "Money");
        Element basis = child(detail, "PriceBasisQuantity");
        String unspsc = null;
        for (Element classification : children(detail, "Classification")) {
            if ("UNSPSC".equalsIgnoreCase(classification.getAttribute("domain"))) {
                unspsc = text(classification);
            }
        }
        // A Description with a ShortName carries the short text there and the long text as its own text.
        String ownText = text(child(detail, "Description"));
        String shortName = text(child(child(detail, "Description"), "ShortName"));
        String description = shortName == null || shortName.isEmpty() ? ownText : shortName;
        String longText = shortName == null || shortName.isEmpty() || ownText == null || ownText.isEmpty() ? null : ownText;
        String unit = text(child(detail, "UnitOfMeasure"));
        Item item = new Item(partId, text(child(itemId, "SupplierPartAuxiliaryID")), description == null || description.isEmpty() ? partId : description, longText,
                unit == null ? "EA" : unit, decimal(text(money), "UnitPrice/Money"), money == null ? "EUR" : money.getAttribute("currency"),
                basis == null ? BigDecimal.ONE : decimal(basis.getAttribute("quantity"), "PriceBasisQuantity/@quantity"), unspsc, 0);
        return new CartLine(item, quantity);
    }

    private static CxmlSetupRequest.Credential credential(Element party) {
        Element credential = child(party, "Credential");
        return credential == null ? null : new CxmlSetupRequest.Credential(credential.getAttribute("domain"), text(child(credential, "Identity")));
    }

    private static Document parse(byte[] body) throws CxmlException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // A non-validating parse reports nothing the shop acts on as a warning.
                }

                @Override
                public void error(SAXParseException e) {
                    // Validity errors only, which a non-validating parse does not check.
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new CxmlException(400, "The body is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser does not support the secure settings", e);
        }
    }

    private static BigDecimal decimal(String value, String where) throws CxmlException {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new CxmlException(400, where + " is not a decimal number: \"" + value + "\"");
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** Returns the element's own text, without that of ShortName and other child elements, stripped; null for no element. */
    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString().strip();
    }
}
