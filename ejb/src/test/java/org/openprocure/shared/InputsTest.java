package org.openprocure.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {

    @Test
    void nullEntryIsNamedByPosition() {
        List<String> lines = Arrays.asList("a", null);

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Inputs.requireEntries(lines, "lines"));

        assertEquals("Entry 2 of \"lines\" is empty (null).", error.describe(Locale.ENGLISH));
    }

    @Test
    void emptyListIsMissing() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Inputs.requireEntries(List.of(), "lines"));

        assertEquals("error.missing", error.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+20", "12345678901234", "0.0000001"})
    void quantityThatDoesNotFitIsRejected(String value) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Inputs.requirePositive(new BigDecimal(value), "quantity"));

        assertEquals("error.decimalRange", error.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123", "0.000001", "4.200000000"})
    void quantityThatFitsIsAccepted(String value) {
        assertEquals(new BigDecimal(value), Inputs.requirePositive(new BigDecimal(value), "quantity"));
    }

    @ParameterizedTest
    @CsvSource({"-1, false", "0, true", "5.5, true", "100, true", "100.01, false", "19.60001, false"})
    void vatRateBounds(String rate, boolean accepted) {
        BigDecimal value = new BigDecimal(rate);
        if (accepted) {
            assertEquals(value, Inputs.requireVatRate(value, "vatRate"));
        } else {
            assertEquals("error.vatRate", assertThrows(InvalidInputException.class, () -> Inputs.requireVatRate(value, "vatRate")).messageKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "eu", "XYZ1", ""})
    void unknownCurrencyIsRejected(String code) {
        assertThrows(InvalidInputException.class, () -> Inputs.requireCurrency(code, "currency"));
    }

    @Test
    void currencyErrorNamesValueAndFix() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Inputs.requireCurrency("EURO", "currency"));

        assertEquals("Le champ « currency » contient « EURO », qui n'est pas un code de devise ISO 4217.", error.describe(Locale.FRENCH));
        assertEquals("Use a three-letter ISO 4217 code such as EUR, USD or CHF.", error.fix(Locale.ENGLISH));
    }
}
