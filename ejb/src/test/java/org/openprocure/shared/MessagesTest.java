package org.openprocure.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void frenchIsDefaultWhenLanguageUnknown() {
        assertEquals(Locale.FRENCH, Messages.supported(Locale.GERMAN));
        assertEquals(Locale.FRENCH, Messages.supported(null));
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.UK));
    }

    @Test
    void firstSupportedSkipsOtherLanguages() {
        assertEquals(Optional.of(Locale.ENGLISH), Messages.firstSupported(List.of(Locale.GERMAN, Locale.US, Locale.FRANCE)));
        assertEquals(Optional.of(Locale.FRENCH), Messages.firstSupported(List.of(Locale.CANADA_FRENCH)));
        assertEquals(Optional.empty(), Messages.firstSupported(List.of(Locale.ITALIAN)));
    }

    @Test
    void frenchApostropheSurvivesFormatting() {
        String text = Messages.format(Locale.FRENCH, "error.order.unknownLine", "3", "PO-000001");

        assertEquals("Le bon de commande PO-000001 n'a pas de ligne 3.", text);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties french = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertFalse(french.isEmpty());
        assertEquals(french.keySet(), english.keySet());
    }

    /** A single apostrophe starts quoted text in a MessageFormat pattern and swallows what follows. */
    @Test
    void apostrophesAreDoubledInPatterns() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                if (!key.startsWith("document.")) {
                    assertFalse(properties.getProperty(key).matches(".*(?<!')'(?!').*"), bundle + " " + key + " has a single apostrophe");
                }
            }
        }
    }

    @Test
    void everyErrorHasAFix() throws IOException {
        Properties english = load("messages_en.properties");

        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("error.") && !key.endsWith(".fix")) {
                assertTrue(english.containsKey(key + ".fix"), key + " has no .fix text");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/openprocure/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
