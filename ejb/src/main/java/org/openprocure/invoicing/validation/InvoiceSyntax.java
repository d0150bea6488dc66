package org.openprocure.invoicing.validation;

import java.util.Optional;

import org.w3c.dom.Element;

/** The invoice syntaxes that EN 16931 binds to and that are validated here. */
public enum InvoiceSyntax {
    UBL_INVOICE("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice"),
    UBL_CREDIT_NOTE("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote"),
    CII("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice");

    private final String namespace;
    private final String rootName;

    InvoiceSyntax(String namespace, String rootName) {
        this.namespace = namespace;
        this.rootName = rootName;
    }

    /** Returns the syntax of a document by its root element's namespace and local name. */
    public static Optional<InvoiceSyntax> of(Element root) {
        for (InvoiceSyntax syntax : values()) {
            if (syntax.namespace.equals(root.getNamespaceURI()) && syntax.rootName.equals(root.getLocalName())) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    public boolean isUbl() {
        return this != CII;
    }
}
