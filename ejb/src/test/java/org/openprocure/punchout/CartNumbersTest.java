package org.openprocure.punchout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openprocure.shared.InvalidInputException;

/** Reads numbers as shops write them. */
class CartNumbersTest {

    @Test
    void tolerantFormsAreRead() {
        String[][] cases = {
                {"12.50", "12.50"}, {"12,50", "12.50"}, {"00000000016.180", "16.180"}, {" 7 ", "7"}, {"00005", "5"},
                {"1.0", "1.0"}, {"0,001", "0.001"}, {".5", "0.5"}, {"3.", "3.0"}};
        for (String[] example : cases) {
            assertEquals(0, new BigDecimal(example[1]).compareTo(CartNumbers.optional(example[0], "PRICE", 1)), example[0]);
        }
    }

    @Test
    void blankIsAbsent() {
        assertNull(CartNumbers.optional("  ", "PRICEUNIT", 1));
        assertNull(CartNumbers.optional(null, "PRICEUNIT", 1));
    }

    @Test
    void ambiguousOrInvalidNumbersAreRejected() {
        for (String value : new String[] {"1.234,56", "1,234,567", "12 50", "abc", "1e3", "NaN", "--1"}) {
            InvalidInputException error = assertThrows(InvalidInputException.class, () -> CartNumbers.optional(value, "PRICE", 2), value);
            assertEquals("error.punchOut.number", error.messageKey(), value);
        }
    }
}
