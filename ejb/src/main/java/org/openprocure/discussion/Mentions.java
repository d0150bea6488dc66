package org.openprocure.discussion;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the @username mentions in a message text. */
final class Mentions {

    /**
     * An @ that starts the text or follows a character that cannot be part of a name, then a name of
     * letters, digits, dots, dashes and underscores. The look-behind keeps the @ of an e-mail address out.
     */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,63})");

    private Mentions() {
    }

    /** Returns the names after each @, in order of first appearance, with a trailing dot (end of sentence) removed. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).replaceAll("\\.+$", ""));
        }
        return names;
    }
}
