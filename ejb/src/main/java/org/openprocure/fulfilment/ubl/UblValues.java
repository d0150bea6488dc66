package org.openprocure.fulfilment.ubl;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.openprocure.punchout.cxml.SecureXml;
import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/**
 * Parses UBL documents and reads their values, with errors that name the element and the value.
 * Elements are found by local name, so namespace prefixes do not matter. The parser loads no DTD
 * and rejects entity declarations and references.
 */
final class UblValues {

    private UblValues() {
    }

    /** Parses the bytes and checks that the root element has one of these local names, such as OrderResponse. */
    static XmlElement parse(byte[] body, String... rootNames) {
        String expected = String.join(" / ", rootNames);
        if (body == null || body.length == 0) {
            throw new InvalidInputException("error.ubl.empty", expected);
        }
        XmlElement root;
        try {
            root = SecureXml.parse(new ByteArrayInputStream(body));
        } catch (InvalidInputException e) {
            if ("error.punchOut.entity".equals(e.messageKey())) {
                throw new InvalidInputException("error.ubl.entity");
            }
            Object[] arguments = e.arguments();
            throw new InvalidInputException("error.ubl.malformed", arguments.length == 0 ? e.getMessage() : arguments[0]);
        }
        if (!List.of(rootNames).contains(root.name())) {
            throw new InvalidInputException("error.ubl.root", root.name(), expected);
        }
        return root;
    }

    static Optional<String> text(XmlElement element, String... path) {
        return element.path(path).map(XmlElement::allText).map(String::strip).filter(text -> !text.isEmpty());
    }

    static String requireText(XmlElement element, String where, String... path) {
        return text(element, path).orElseThrow(() -> new InvalidInputException("error.ubl.missingElement", String.join("/", path), where));
    }

    static BigDecimal number(String value, String field, String where) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.ubl.number", field, where, value);
        }
    }

    static LocalDate date(String value, String field, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.ubl.date", field, where, value);
        }
    }
}
