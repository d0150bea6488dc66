package org.openprocure.web.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.openprocure.shared.DocumentType;
import org.openprocure.shared.InvalidInputException;

/** Reads the document type and id that a page receives as view parameters or include parameters. */
public final class DocumentKeys {

    /**
     * The time zone in which pages show times. NOTE: one zone for every user, the French company's;
     * users elsewhere read French time until the user record carries a zone.
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private DocumentKeys() {
    }

    /** Returns the id, which must be a whole number above 0; the parameter may arrive as a number or as text. */
    public static long id(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw new InvalidInputException("error.notPositive", "id", text);
        }
        return Long.parseLong(text);
    }

    /**
     * Returns the date and time in {@link #ZONE}, in the medium date and short time style of the
     * language, such as "5 déc. 2026, 09:59" or "Dec 5, 2026, 9:59 AM".
     */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(instant.atZone(ZONE));
    }

    /** Returns the label of a document type, such as "Bon de commande". */
    public static String typeLabel(DocumentType type) {
        return PageLabels.labelOr("documentType." + type.name(), type.name());
    }
}
