package org.openprocure.punchout.cxml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed cXML document: its local name, attributes, its own text (the text nodes
 * directly under it, joined) and its child elements in document order.
 */
public record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** Returns the element at this path of child names, such as Message/PunchOutOrderMessage. */
    public Optional<XmlElement> path(String... names) {
        Optional<XmlElement> current = Optional.of(this);
        for (String childName : names) {
            current = current.flatMap(element -> element.child(childName));
        }
        return current;
    }

    /** Returns the attribute's value, or null when the element has none. */
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** Returns the text of this element and of all elements below it, in document order. */
    public String allText() {
        StringBuilder all = new StringBuilder(text);
        for (XmlElement child : children) {
            all.append(child.allText());
        }
        return all.toString();
    }
}
