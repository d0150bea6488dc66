package org.openprocure.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Guard clauses for values that arrive from outside, each failing with a message that names the field and the value. */
public final class Inputs {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]{2,3}");
    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_SCALE = 6;
    private static final int MAX_INTEGER_DIGITS = 13;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** One @, no spaces, a dot in the domain: enough to catch typing mistakes, not a full RFC 5322 check. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private Inputs() {
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("error.missing", field);
        }
        return value.strip();
    }

    /** Returns the stripped text, which must be present and at most {@code maxLength} characters, the size of its column. */
    public static String requireText(String value, String field, int maxLength) {
        return requireLength(requireText(value, field), field, maxLength);
    }

    /** Returns the stripped text, or null when it is absent or blank; present text must fit {@code maxLength} characters. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requireLength(value.strip(), field, maxLength);
    }

    /** Returns the text as it is, unstripped, when it fits {@code maxLength} characters, such as a password. */
    public static String requireLength(String text, String field, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidInputException("error.tooLong", field, String.valueOf(text.length()), String.valueOf(maxLength));
        }
        return text;
    }

    /** Returns an identifier of letters, digits, dots, dashes and underscores, at most 64 characters, such as SUP-1001. */
    public static String requireCode(String value, String field) {
        String text = requireText(value, field, 64);
        if (!CODE.matcher(text).matches()) {
            throw new InvalidInputException("error.code", field, text);
        }
        return text;
    }

    /** Returns a code as {@link #requireCode} checks it, or null when absent or blank. */
    public static String optionalCode(String value, String field) {
        return value == null || value.isBlank() ? null : requireCode(value, field);
    }

    /** Returns an e-mail address that looks like one, or null when absent. */
    public static String optionalEmail(String value, String field) {
        String text = optionalText(value, field, 254);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw new InvalidInputException("error.email", field, text);
        }
        return text;
    }

    /** Returns fr or en, French when the value is absent. */
    public static String language(String value, String field) {
        String text = optionalText(value, field, 2);
        if (text == null) {
            return "fr";
        }
        String language = text.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("error.language", field, text);
        }
        return language;
    }

    /** Returns an ISO 3166-1 alpha-2 country code in capitals, or null when absent. */
    public static String optionalCountry(String code, String field) {
        String text = optionalText(code, field, 2);
        if (text != null && !COUNTRIES.contains(text.toUpperCase(Locale.ROOT))) {
            throw new InvalidInputException("error.country", field, code);
        }
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("error.missing", field);
        }
        return value;
    }

    /** Checks that a list of lines is present, not empty, and has no null entry. */
    public static <T> List<T> requireEntries(List<T> entries, String field) {
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInputException("error.missing", field);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new InvalidInputException("error.nullEntry", field, String.valueOf(i + 1));
            }
        }
        return entries;
    }

    public static BigDecimal requirePositive(BigDecimal value, String field) {
        requireStorable(value, field);
        if (value.signum() <= 0) {
            throw new InvalidInputException("error.notPositive", field, value.toPlainString());
        }
        return value;
    }

    public static BigDecimal requireNotNegative(BigDecimal value, String field) {
        requireStorable(value, field);
        if (value.signum() < 0) {
            throw new InvalidInputException("error.negative", field, value.toPlainString());
        }
        return value;
    }

    /** Checks a VAT rate in percent: 0 to 100 with at most 4 decimals, as its column stores it. */
    public static BigDecimal requireVatRate(BigDecimal value, String field) {
        requirePresent(value, field);
        if (value.signum() < 0 || value.compareTo(ONE_HUNDRED) > 0 || value.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException("error.vatRate", field, value.toPlainString());
        }
        return value;
    }

    /** Checks that a quantity or price fits the numeric(19, 6) columns that store it. */
    private static void requireStorable(BigDecimal value, String field) {
        requirePresent(value, field);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE || stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException("error.decimalRange", field, value.toPlainString());
        }
    }

    public static String requireCurrency(String code, String field) {
        requireText(code, field);
        try {
            return Currency.getInstance(code.strip()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.currency", field, code);
        }
    }

    /** Checks the form of a UN/ECE Recommendation 20 code; the code list itself is not checked yet. */
    public static String requireUnitCode(String code, String field) {
        requireText(code, field);
        if (!UNIT_CODE.matcher(code.strip()).matches()) {
            throw new InvalidInputException("error.unitCode", field, code);
        }
        return code.strip();
    }
}
