package org.openprocure.invoicing.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.openprocure.invoicing.InvalidInvoiceDocumentException;
import org.openprocure.punchout.cxml.SecureXml;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Safe reading of invoice XML from outside. No parser here loads a DTD or an external entity, and
 * none expands an entity other than the five that XML predefines.
 */
public final class InvoiceXml {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private InvoiceXml() {
    }

    /** The root element and DOCTYPE of a document, read before choosing its reader. */
    public record Root(String namespace, String localName, boolean hasDoctype, boolean declaresEntities) {

        public boolean is(String expectedNamespace, String expectedLocalName) {
            return expectedNamespace.equals(namespace) && expectedLocalName.equals(localName);
        }

        /** Returns the name in Clark notation, {namespace}localName, for messages. */
        public String qualifiedName() {
            return "{" + namespace + "}" + localName;
        }
    }

    /**
     * Rejects a document that declares no encoding, or UTF-8, but is not valid UTF-8, naming the
     * offset of the first invalid byte. Without this check the parser's error would not say where.
     * A UTF-8 byte order mark is allowed; UTF-16 documents, which start with their own byte order
     * mark, are left to the parser.
     */
    public static void requireValidEncoding(byte[] body) {
        int start = startsWith(body, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return;
        }
        String declared = declaredEncoding(body, start);
        if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw new InvalidInvoiceDocumentException("error.invoice.invalidUtf8", String.valueOf(offset),
                        String.format(Locale.ROOT, "%02X", body[offset] & 0xFF));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /** Returns the encoding the XML declaration names, or null when there is none. */
    private static String declaredEncoding(byte[] body, int start) {
        int length = Math.min(body.length - start, 200);
        String head = new String(body, start, length, StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the root element's namespace and local name, and whether a DOCTYPE comes before it,
     * without loading the DTD. The rest of a document without DOCTYPE is read too, so that one
     * that is not well-formed is rejected as such rather than by its root. A document with a
     * DOCTYPE is left to its reader, which either rejects it or parses it whole.
     */
    public static Root root(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.factory().createXMLStreamReader(new ByteArrayInputStream(body));
            boolean doctype = false;
            boolean entities = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    doctype = true;
                    entities = reader.getText() != null && reader.getText().contains("<!ENTITY");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI();
                    Root root = new Root(namespace == null ? "" : namespace, reader.getLocalName(), doctype, entities);
                    while (!doctype && reader.hasNext()) {
                        reader.next();
                    }
                    return root;
                }
            }
            throw new InvalidInvoiceDocumentException("error.invoice.notWellFormed", 0, 0, "no root element");
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            throw new InvalidInvoiceDocumentException("error.invoice.notWellFormed", line, column, detail(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a byte array releases nothing that could fail.
        }
    }

    /**
     * Parses a namespace-aware DOM. A document with a DOCTYPE is rejected, so no DTD is read and
     * no entity is declared or expanded.
     */
    public static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.notWellFormed", e.getLineNumber(), e.getColumnNumber(), detail(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new InvalidInvoiceDocumentException("error.invoice.notWellFormed", 0, 0, detail(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser does not support secure processing", e);
        }
    }

    private static String detail(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    /**
     * Parses a decimal: digits with an optional point, sign and exponent. A
     * decimal comma such as "2,5" is rejected with the element's name, never read as 25 or 2.5,
     * because the sender's intent cannot be known for sure ("1,000" is a thousand in English).
     *
     * @return the value, or null when the text is blank
     */
    public static BigDecimal decimal(String text, String element) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidInvoiceDocumentException("error.invoice.invalidDecimal", element, value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
        return new BigDecimal(value);
    }
}
