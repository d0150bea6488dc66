package org.openprocure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    private final Settings settings = new Settings();

    @AfterEach
    void clearProperty() {
        System.clearProperty(Settings.MATCH_LOCK_TIMEOUT_MILLIS);
    }

    @Test
    void lockTimeoutDefaultsToTenSeconds() {
        assertEquals(10_000, settings.matchLockTimeoutMillis());
    }

    @Test
    void lockTimeoutReadsWholeMilliseconds() {
        System.setProperty(Settings.MATCH_LOCK_TIMEOUT_MILLIS, " 2500 ");

        assertEquals(2500, settings.matchLockTimeoutMillis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "10s", ""})
    void invalidLockTimeoutNamesPropertyAndValue(String value) {
        System.setProperty(Settings.MATCH_LOCK_TIMEOUT_MILLIS, value);

        IllegalStateException error = assertThrows(IllegalStateException.class, settings::matchLockTimeoutMillis);

        assertTrue(error.getMessage().contains(Settings.MATCH_LOCK_TIMEOUT_MILLIS), error.getMessage());
        assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
        assertTrue(error.getMessage().contains("such as 10000"), error.getMessage());
    }
}
