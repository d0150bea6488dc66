package org.openprocure.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocure.shared.InvalidInputException;

class BankDetailsTest {

    private static final String HOLDER = "Bureau Fournitures SA";

    @ParameterizedTest
    @CsvSource({
            "FR76 3000 6000 0112 3456 7890 189, FR7630006000011234567890189",
            "fr7630006000011234567890189, FR7630006000011234567890189",
            "DE89 3704 0044 0532 0130 00, DE89370400440532013000",
            "GB82 WEST 1234 5698 7654 32, GB82WEST12345698765432",
            "NO93 8601 1117 947, NO9386011117947",
            "BE68 5390 0754 7034, BE68539007547034"
    })
    void validIbanIsNormalized(String sent, String stored) {
        assertEquals(stored, new BankDetails(sent, null, HOLDER).iban());
    }

    @Test
    void noBreakSpacesAreRemoved() {
        assertEquals("FR7630006000011234567890189", new BankDetails("FR76\u00a03000\u202f6000 0112 3456 7890 189", null, HOLDER).iban());
    }

    @ParameterizedTest
    @CsvSource({
            "FR7630006000011234567890188, error.iban.checksum",
            "FR7630006000011234567809189, error.iban.checksum",
            "FR00 3000 6000 0112 3456 7890 189, error.iban.checksum",
            "FR7630006000011234567890189123456789, error.iban.length",
            "FR76300060, error.iban.length",
            "7630006000011234567890189FR, error.iban.format",
            "FR76-3000-6000-0112-3456-7890-189, error.iban.format",
            "FRAB30006000011234567890189, error.iban.format",
            "ZZ7630006000011234567890189, error.iban.country"
    })
    void invalidIbanIsRejected(String sent, String expectedKey) {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> new BankDetails(sent, null, HOLDER));

        assertEquals(expectedKey, error.messageKey());
    }

    @Test
    void checksumMessageNamesValueAndFix() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new BankDetails("FR76 3000 6000 0112 3456 7890 188", null, HOLDER));

        assertTrue(error.describe(Locale.ENGLISH).contains("\"FR76 3000 6000 0112 3456 7890 188\""), error.describe(Locale.ENGLISH));
        assertTrue(error.describe(Locale.FRENCH).contains("« FR76 3000 6000 0112 3456 7890 188 »"), error.describe(Locale.FRENCH));
        assertTrue(error.fix(Locale.ENGLISH).contains("character by character"), error.fix(Locale.ENGLISH));
    }

    @Test
    void missingIbanIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> new BankDetails("  ", null, HOLDER));

        assertEquals("error.missing", error.messageKey());
    }

    @ParameterizedTest
    @CsvSource({"BNPAFRPP, BNPAFRPP", "bnpa fr pp xxx, BNPAFRPPXXX", "AGRIFRPP882, AGRIFRPP882", "DEUTDEFF, DEUTDEFF"})
    void validBicIsNormalized(String sent, String stored) {
        assertEquals(stored, new BankDetails("FR7630006000011234567890189", sent, HOLDER).bic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRP", "BNPAFRPPX", "BNPAFRPPXX", "BNPAFRPPXXXX", "BNP1FRPP", "BNPAZZPP", "BNPA-FR-PP"})
    void invalidBicIsRejected(String sent) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new BankDetails("FR7630006000011234567890189", sent, HOLDER));

        assertEquals("error.bic", error.messageKey());
        assertTrue(error.describe(Locale.ENGLISH).contains(sent), error.describe(Locale.ENGLISH));
    }

    @Test
    void bicIsOptional() {
        assertNull(new BankDetails("FR7630006000011234567890189", " ", HOLDER).bic());
    }

    @Test
    void accountHolderIsRequired() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new BankDetails("FR7630006000011234567890189", null, null));

        assertEquals("error.missing", error.messageKey());
    }

    @Test
    void accountHolderLongerThanColumnIsRejected() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new BankDetails("FR7630006000011234567890189", null, "x".repeat(141)));

        assertEquals("error.tooLong", error.messageKey());
    }

    @Test
    void ibanEndingIsLastFourCharacters() {
        assertEquals("0189", new BankDetails("FR7630006000011234567890189", null, HOLDER).ibanEnding());
        assertNull(BankDetails.ibanEnding(null));
    }
}
