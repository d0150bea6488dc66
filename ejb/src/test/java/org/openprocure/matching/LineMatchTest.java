package org.openprocure.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineMatchTest {

    @ParameterizedTest(name = "invoice {0} %, order {1} %, tolerance {2} points → differs {3}")
    @CsvSource(nullValues = "-", value = {
            "20,  20, 0,   false",
            "10,  20, 0,   true",
            "5.5, 5,  0.5, false",
            "5.6, 5,  0.5, true",
            "-,   20, 0,   false",
            "20,  -,  0,   false",
    })
    void vatRatesAreComparedApart(BigDecimal invoiceRate, BigDecimal orderRate, BigDecimal tolerance, boolean differs) {
        LineMatch match = new LineMatch("1", "1", MatchOutcome.MATCHED, null, BigDecimal.ONE, BigDecimal.ONE, "C62", BigDecimal.ONE,
                BigDecimal.ONE);

        LineMatch compared = match.withVatRates(invoiceRate, orderRate, tolerance);

        assertEquals(differs, compared.vatRateDiffers());
        assertEquals(MatchOutcome.MATCHED, compared.outcome(), "the outcome ignores the tax");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MATCHED", "DISCREPANCY"})
    void outcomeIsKept(MatchOutcome outcome) {
        LineMatch compared = new LineMatch("1", "1", outcome, null, BigDecimal.ONE, BigDecimal.ONE, "C62", BigDecimal.ONE, BigDecimal.ONE)
                .withVatRates(BigDecimal.TEN, new BigDecimal("20"), BigDecimal.ZERO);

        assertTrue(compared.vatRateDiffers());
        assertEquals(outcome, compared.outcome());
        assertFalse(compared.invoiceVatRate() == null);
    }
}
