package org.openprocure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErpSettingsTest {

    private final Settings settings = new Settings();

    @AfterEach
    void clearProperties() {
        System.clearProperty(Settings.RETENTION_YEARS);
        System.clearProperty(Settings.WEBHOOK_RETRY_DELAYS);
    }

    @Test
    void retentionDefaultsToTenYears() {
        assertEquals(10, settings.retentionYears());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "ten", "10.5"})
    void invalidRetentionNamesPropertyAndValue(String value) {
        System.setProperty(Settings.RETENTION_YEARS, value);

        IllegalStateException error = assertThrows(IllegalStateException.class, settings::retentionYears);

        assertTrue(error.getMessage().contains(Settings.RETENTION_YEARS), error.getMessage());
        assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    }

    @Test
    void retryDelaysDefaultToFiveSteps() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)),
                settings.webhookRetryDelays());
    }

    @Test
    void retryDelaysReadCommaSeparatedDurations() {
        System.setProperty(Settings.WEBHOOK_RETRY_DELAYS, " PT1S , PT2S");

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), settings.webhookRetryDelays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1m", "PT0S", "PT1S,,PT2S", "-PT1S"})
    void invalidRetryDelaysNamePropertyAndValue(String value) {
        System.setProperty(Settings.WEBHOOK_RETRY_DELAYS, value);

        IllegalStateException error = assertThrows(IllegalStateException.class, settings::webhookRetryDelays);

        assertTrue(error.getMessage().contains(Settings.WEBHOOK_RETRY_DELAYS), error.getMessage());
    }
}
