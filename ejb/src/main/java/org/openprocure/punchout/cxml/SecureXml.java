package org.openprocure.punchout.cxml;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.openprocure.shared.InvalidInputException;

/**
 * Parses cXML from outside into {@link XmlElement} trees. cXML documents carry a DOCTYPE with the URL
 * of a remote DTD, which the parser never loads, nor any other external resource. It rejects a
 * document that declares or references entities other than the five predefined ones, so no entity
 * is expanded.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** Parses bytes, in the encoding their XML declaration or byte order mark gives, UTF-8 without either. */
    public static XmlElement parse(InputStream bytes) {
        try {
            return read(factory().createXMLStreamReader(bytes));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Parses text already decoded; an encoding named by its XML declaration is ignored. */
    public static XmlElement parse(Reader text) {
        try {
            return read(factory().createXMLStreamReader(text));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * Returns a StAX factory that reads no DTD and no external entity and replaces no entity
     * reference. It is the JDK's own implementation, whatever StAX provider the server puts first.
     */
    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        if (reader.getText() != null && reader.getText().contains("<!ENTITY")) {
                            throw new InvalidInputException("error.punchOut.entity");
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InvalidInputException("error.punchOut.entity");
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(reader));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement element = open.pop().build();
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                    }
                    default -> {
                        // Comments, processing instructions and the document end carry nothing we read.
                    }
                }
            }
        } finally {
            reader.close();
        }
        if (root == null) {
            throw new InvalidInputException("error.punchOut.malformedXml", "no root element");
        }
        return root;
    }

    private static InvalidInputException malformed(XMLStreamException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
        return new InvalidInputException("error.punchOut.malformedXml", detail);
    }

    private static final class Builder {

        private final String name;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(XMLStreamReader reader) {
            this.name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String prefix = reader.getAttributePrefix(i);
                String local = reader.getAttributeLocalName(i);
                attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, reader.getAttributeValue(i));
            }
        }

        XmlElement build() {
            return new XmlElement(name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
        }
    }
}
