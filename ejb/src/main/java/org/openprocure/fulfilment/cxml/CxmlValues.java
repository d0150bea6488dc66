package org.openprocure.fulfilment.cxml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.openprocure.punchout.cxml.XmlElement;
import org.openprocure.shared.InvalidInputException;

/** Reads attribute values of cXML elements, with errors that name the element, the attribute and the value. */
final class CxmlValues {

    private CxmlValues() {
    }

    static String requireAttribute(XmlElement element, String attribute, String where) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("error.cxml.missingAttribute", attribute, where);
        }
        return value.strip();
    }

    static String optionalAttribute(XmlElement element, String attribute) {
        String value = element.attribute(attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads a decimal such as 5 or 12.50; cXML writes numbers with a point and no grouping. */
    static BigDecimal requireNumber(XmlElement element, String attribute, String where) {
        String value = requireAttribute(element, attribute, where);
        return number(value, attribute, where);
    }

    static BigDecimal number(String value, String field, String where) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.cxml.number", field, where, value);
        }
    }

    /**
     * Returns the calendar date of a cXML date, such as 2027-01-15T09:00:00-08:00, in the sender's own
     * offset, or null when the attribute is absent. A date without a time is accepted too.
     */
    static LocalDate optionalDate(XmlElement element, String attribute, String where) {
        String value = optionalAttribute(element, attribute);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.cxml.date", attribute, where, value);
        }
    }

    static String text(XmlElement element) {
        String text = element.allText();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
