package org.openprocure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void bothLanguagesHaveTheSameLabels() throws IOException {
        Properties french = load("labels_fr.properties");
        Properties english = load("labels_en.properties");

        assertFalse(french.isEmpty());
        assertEquals(french.keySet(), english.keySet());
    }

    @Test
    void everyInvoiceStatusHasLabel() throws IOException {
        Properties french = load("labels_fr.properties");

        for (String status : new String[] {"NO_ORDER_REFERENCE", "AWAITING_MATCH", "AWAITING_RECEIPT", "MATCHED",
                "MATCHED_WITHIN_TOLERANCE", "DISCREPANCY"}) {
            assertTrue(french.containsKey("match." + status), status);
        }
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/org/openprocure/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
