package org.openprocure.matching;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.openprocure.shared.Messages;

/**
 * Puts a stored line match into words, with its figures, for the API and the pages. The API writes
 * the figures as plain numbers (4.2); the pages write them as their language does (4,2 in French).
 */
public final class MatchExplanations {

    private MatchExplanations() {
    }

    /**
     * Returns the explanation of a discrepancy or of a wait for receipt, or null for a matched line.
     * The explanation of a line whose unit was converted also gives the factor.
     */
    public static String explain(MatchLineResult line, Locale locale) {
        return explain(line, locale, null);
    }

    /** Returns the explanation as {@link #explain(MatchLineResult, Locale)} does, with the figures written in the locale's format. */
    public static String explainForDisplay(MatchLineResult line, Locale locale) {
        return explain(line, locale, locale);
    }

    private static String explain(MatchLineResult line, Locale locale, Locale numberLocale) {
        String key;
        if (line.getReason() == DiscrepancyReason.UNKNOWN_PURCHASE_ORDER || line.getReason() == DiscrepancyReason.SUPPLIER_MISMATCH) {
            key = "reason.line." + line.getReason().name();
        } else if (line.getReason() != null) {
            key = "reason." + line.getReason().name();
        } else if (line.getOutcome() == MatchOutcome.AWAITING_RECEIPT) {
            key = "reason.AWAITING_RECEIPT";
        } else {
            return conversion(line, locale, numberLocale);
        }
        String explanation = Messages.format(locale, key, line.getInvoiceLineId(), plain(line.getInvoicedQuantity(), numberLocale),
                plain(line.getAvailableQuantity(), numberLocale), line.getUnitCode(), line.getOrderLineNumber(),
                plain(line.getInvoiceUnitPrice(), numberLocale), plain(line.getOrderUnitPrice(), numberLocale),
                amount(line.getInvoiceLineAmount(), numberLocale), amount(line.getOrderLineAmount(), numberLocale),
                line.getOrderNumber() == null ? "?" : line.getOrderNumber());
        String conversion = conversion(line, locale, numberLocale);
        return conversion == null ? explanation : explanation + " " + conversion;
    }

    /** Returns how the line's unit was converted into the order's, or null when it was not. */
    private static String conversion(MatchLineResult line, Locale locale, Locale numberLocale) {
        if (line.getUnitFactor() == null) {
            return null;
        }
        return Messages.format(locale, "match.unitConverted", line.getInvoiceLineId(), plain(line.getUnitFactor(), numberLocale),
                line.getUnitCode());
    }

    /**
     * Returns the explanation of a discrepancy in the document-level charges or allowances, with the
     * reason as the documents name it, or null when they match.
     */
    public static String explain(MatchChargeResult charge, String currency, Locale locale) {
        return explain(charge, currency, locale, null);
    }

    /** Returns the explanation as {@link #explain(MatchChargeResult, String, Locale)} does, with the amounts in the locale's format. */
    public static String explainForDisplay(MatchChargeResult charge, String currency, Locale locale) {
        return explain(charge, currency, locale, locale);
    }

    private static String explain(MatchChargeResult charge, String currency, Locale locale, Locale numberLocale) {
        if (charge.getReason() == null) {
            return null;
        }
        return Messages.format(locale, "reason." + charge.getReason().name(), describe(charge), amount(charge.getInvoiceAmount(), numberLocale),
                amount(charge.getOrderAmount(), numberLocale), amount(charge.getEarlierAmount(), numberLocale), currency);
    }

    /** Returns the reason of a charge as "FC Transport", "FC" or "Transport"; the code list is the document's. */
    private static String describe(MatchChargeResult charge) {
        if (charge.getReasonCode() != null && charge.getReasonText() != null) {
            return charge.getReasonCode() + " " + charge.getReasonText();
        }
        return charge.getReasonCode() != null ? charge.getReasonCode() : String.valueOf(charge.getReasonText());
    }

    /** Returns the note on a VAT rate that differs from the order's, reported apart from the outcome, or null. */
    public static String taxNote(MatchLineResult line, Locale locale) {
        return taxNote(line, locale, null);
    }

    /** Returns the note as {@link #taxNote(MatchLineResult, Locale)} does, with the rates in the locale's format. */
    public static String taxNoteForDisplay(MatchLineResult line, Locale locale) {
        return taxNote(line, locale, locale);
    }

    private static String taxNote(MatchLineResult line, Locale locale, Locale numberLocale) {
        if (!line.isVatRateDiffers()) {
            return null;
        }
        return Messages.format(locale, "tax.vatRateDiffers", line.getInvoiceLineId(), plain(line.getInvoiceVatRate(), numberLocale),
                line.getOrderLineNumber(), plain(line.getOrderVatRate(), numberLocale));
    }

    /**
     * Returns the amount with at least 2 decimals, and more only when the stored value has them; never
     * rounded. A null {@code numberLocale} writes it plain, as 1234.50.
     */
    static String amount(BigDecimal value, Locale numberLocale) {
        if (value == null) {
            return "?";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return write(stripped.scale() < 2 ? stripped.setScale(2) : stripped, numberLocale);
    }

    /** Returns the number without trailing zeros; a null {@code numberLocale} writes it plain, as 1234.5. */
    static String plain(BigDecimal value, Locale numberLocale) {
        if (value == null) {
            return "?";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return write(stripped.scale() < 0 ? stripped.setScale(0) : stripped, numberLocale);
    }

    private static String write(BigDecimal value, Locale numberLocale) {
        if (numberLocale == null) {
            return value.toPlainString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value);
    }
}
