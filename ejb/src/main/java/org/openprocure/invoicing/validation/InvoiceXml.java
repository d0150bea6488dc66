package org.openprocure.invoicing.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An invoice document parsed once for validation, with the few header values that identify it.
 * The parser refuses a DOCTYPE, so no DTD or external entity is ever fetched.
 */
public final class InvoiceXml {

    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /** Reports malformed XML only through the exception, instead of the parser's default printing to stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private final Document document;
    private final InvoiceSyntax syntax;

    private InvoiceXml(Document document, InvoiceSyntax syntax) {
        this.document = document;
        this.syntax = syntax;
    }

    /**
     * Parses the bytes and returns the document when it is a UBL 2.1 Invoice or CreditNote or a CII
     * CrossIndustryInvoice. Anything else, including bytes that are not well-formed XML, returns
     * empty: the reader of the document's format then reports why it cannot be read.
     */
    public static Optional<InvoiceXml> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            DocumentBuilder builder = newFactory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            Document document = builder.parse(new ByteArrayInputStream(body));
            return InvoiceSyntax.of(document.getDocumentElement()).map(syntax -> new InvoiceXml(document, syntax));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser does not support secure processing", e);
        }
    }

    private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    public Document document() {
        return document;
    }

    public InvoiceSyntax syntax() {
        return syntax;
    }

    /** Returns the specification identifier (BT-24): UBL CustomizationID, or the CII guideline id. */
    public Optional<String> specificationId() {
        if (syntax.isUbl()) {
            return childText(document.getDocumentElement(), CBC, "CustomizationID");
        }
        return child(document.getDocumentElement(), RSM, "ExchangedDocumentContext")
                .flatMap(context -> child(context, RAM, "GuidelineSpecifiedDocumentContextParameter"))
                .flatMap(parameter -> childText(parameter, RAM, "ID"));
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<String> childText(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName)
                .map(element -> element.getTextContent().strip())
                .filter(text -> !text.isEmpty());
    }
}
