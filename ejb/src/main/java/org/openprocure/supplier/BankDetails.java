package org.openprocure.supplier;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.openprocure.shared.Inputs;
import org.openprocure.shared.InvalidInputException;

/**
 * The account a supplier is paid to: IBAN (ISO 13616), optional BIC (ISO 9362) and account holder.
 * The constructor checks and normalizes each value, so an instance always contains an IBAN whose
 * check digits are right, written without spaces and in capitals.
 */
public record BankDetails(String iban, String bic, String accountHolder) {

    /** Norwegian IBANs, the shortest in use, have 15 characters, and ISO 13616 allows at most 34. */
    static final int MIN_IBAN_LENGTH = 15;
    static final int MAX_IBAN_LENGTH = 34;
    /** Size of the account_holder columns. */
    static final int MAX_HOLDER_LENGTH = 140;

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");
    /** Bank (4 letters), country (2 letters), location (2 letters or digits), optional branch (3 letters or digits). */
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** Spaces, including the no-break spaces that French typography puts in grouped numbers. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Set<String> COUNTRIES = countries();

    public BankDetails {
        iban = normalizedIban(iban);
        bic = normalizedBic(bic);
        accountHolder = Inputs.requireText(accountHolder, "accountHolder", MAX_HOLDER_LENGTH);
    }

    /** Returns the last four characters of the IBAN, the only part shown back to users and written in messages. */
    public String ibanEnding() {
        return ibanEnding(iban);
    }

    /** Returns the last four characters of a stored IBAN, or null when there is none. */
    public static String ibanEnding(String iban) {
        return iban == null ? null : iban.substring(Math.max(0, iban.length() - 4));
    }

    /**
     * Returns the IBAN without spaces and in capitals after checking its length, form, country code
     * and check digits. ISO 13616 requires that the IBAN, with its first four characters moved to the
     * end and read as a number, leaves 1 when divided by 97, and that the check digits lie from 02 to 98.
     */
    static String normalizedIban(String value) {
        String sent = Inputs.requireText(value, "iban");
        String iban = SPACES.matcher(sent).replaceAll("").toUpperCase(Locale.ROOT);
        if (iban.length() < MIN_IBAN_LENGTH || iban.length() > MAX_IBAN_LENGTH) {
            throw new InvalidInputException("error.iban.length", "iban", sent, String.valueOf(iban.length()));
        }
        if (!IBAN.matcher(iban).matches()) {
            throw new InvalidInputException("error.iban.format", "iban", sent);
        }
        String country = iban.substring(0, 2);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInputException("error.iban.country", "iban", sent, country);
        }
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98 || mod97(iban) != 1) {
            throw new InvalidInputException("error.iban.checksum", "iban", sent);
        }
        return iban;
    }

    /** Returns the BIC without spaces and in capitals, or null when absent, after checking its form and country code. */
    static String normalizedBic(String value) {
        String sent = Inputs.optionalText(value, "bic", 64);
        if (sent == null) {
            return null;
        }
        String bic = SPACES.matcher(sent).replaceAll("").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bic).matches() || !COUNTRIES.contains(bic.substring(4, 6))) {
            throw new InvalidInputException("error.bic", "bic", sent);
        }
        return bic;
    }

    /** Moves the country code and check digits to the end, replaces each letter by 10 to 35 and returns the remainder by 97. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    /** ISO 3166-1 codes, plus XK, which the IBAN registry and SWIFT use for Kosovo although ISO 3166-1 has not assigned it. */
    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
