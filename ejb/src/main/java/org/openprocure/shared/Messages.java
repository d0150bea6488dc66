package org.openprocure.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * User-facing texts of the services, from {@code org/openprocure/messages*.properties}.
 * French is the base bundle, so a caller whose language is neither French nor English reads French.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final String BUNDLE = "org.openprocure.messages";
    private static final ResourceBundle.Control NO_JVM_DEFAULT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Returns the first language of the list that the product writes in, such as the locales of an Accept-Language header. */
    public static Optional<Locale> firstSupported(Iterable<Locale> accepted) {
        for (Locale locale : accepted) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return Optional.of(supported);
                }
            }
        }
        return Optional.empty();
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_JVM_DEFAULT);
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(localized(bundle, arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Replaces document types by their name in the bundle's language. */
    private static Object[] localized(ResourceBundle bundle, Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof DocumentType type) {
                result[i] = bundle.getString("document." + type.name());
            }
        }
        return result;
    }

    /** Returns the supported language closest to the requested one, French when unsure. */
    public static Locale supported(Locale requested) {
        if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return Locale.FRENCH;
    }
}
