package org.openprocure.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocure.shared.InvalidInputException;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,50|12.50",
            "12.50|12.50",
            "1 234,50|1234.50",
            "1\u00a0234,50|1234.50",
            "1\u202f234,50|1234.50",
            "1.234,50|1234.50",
            "1,234.50|1234.50",
            "0,0815|0.0815",
            "7|7",
            "1.5E-2|0.015"})
    void frenchAndPointNumbersAreRead(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Decimals.parse(text, "prix unitaire")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze", "12,5,0", "€12", "12 €", "--1", "1,2,3.4.5"})
    void wordsAreNotNumbers(String text) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Decimals.parse(text, "prix unitaire"));
        assertEquals("error.catalogImport.number", error.messageKey(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234", "0,1234567"})
    void tooManyDigitsAreRejected(String text) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Decimals.parse(text, "prix unitaire"));
        assertEquals("error.decimalRange", error.messageKey(), text);
    }
}
