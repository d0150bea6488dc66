package org.openprocure.shared;

import java.util.Locale;

/** Turns text a user typed in a search field into a JPQL LIKE pattern, for lists that search in the database. */
public final class SearchText {

    /** The escape character the patterns use; a query names it with {@code escape '!'}. */
    public static final char ESCAPE = '!';

    private SearchText() {
    }

    /** Tells whether the user typed anything other than spaces. */
    public static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    /** Returns a pattern that matches the text anywhere in a value compared in lower case, with % and _ matched literally. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + escaped + "%";
    }
}
