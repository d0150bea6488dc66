package org.openprocure.invoicing.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds child elements by paths of prefixed names, such as "ram:SellerTradeParty/ram:Name", with
 * the reader's own prefix bindings, so the prefixes a document uses do not matter.
 */
public final class ElementPaths {

    private final Map<String, String> namespaces;

    public ElementPaths(Map<String, String> namespaces) {
        this.namespaces = Map.copyOf(namespaces);
    }

    /** Returns every element the path reaches from the given one, in document order. */
    public List<Element> all(Element from, String path) {
        List<Element> current = List.of(from);
        for (String step : path.split("/")) {
            int colon = step.indexOf(':');
            String namespace = namespaces.get(step.substring(0, colon));
            if (namespace == null) {
                throw new IllegalArgumentException("No namespace bound to the prefix of " + step);
            }
            String localName = step.substring(colon + 1);
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element childElement && namespace.equals(childElement.getNamespaceURI())
                            && localName.equals(childElement.getLocalName())) {
                        next.add(childElement);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** Returns the first element the path reaches, or null. */
    public Element first(Element from, String path) {
        List<Element> found = all(from, path);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Returns the stripped text of the first element the path reaches, or null when there is none or it is blank. */
    public String text(Element from, String path) {
        return text(first(from, path));
    }

    /** Returns the stripped text of the element, or null when it is absent or blank. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Returns the attribute's stripped value, or null when the element or the attribute is absent or blank. */
    public static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name);
        return value.isBlank() ? null : value.strip();
    }
}
