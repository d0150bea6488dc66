package org.openprocure.matching;

import java.math.BigDecimal;
import java.util.Locale;

import org.openprocure.shared.Messages;

/** Puts a stored line match into words, with its figures, for the API and the pages. */
public final class MatchExplanations {

    private MatchExplanations() {
    }

    /**
     * Returns the explanation of a discrepancy or of a wait for receipt, or null for a matched line.
     * The explanation of a line whose unit was converted also gives the factor.
     */
    public static String explain(MatchLineResult line, Locale locale) {
        String key;
        if (line.getReason() == DiscrepancyReason.UNKNOWN_PURCHASE_ORDER || line.getReason() == DiscrepancyReason.SUPPLIER_MISMATCH) {
            key = "reason.line." + line.getReason().name();
        } else if (line.getReason() != null) {
            key = "reason." + line.getReason().name();
        } else if (line.getOutcome() == MatchOutcome.AWAITING_RECEIPT) {
            key = "reason.AWAITING_RECEIPT";
        } else {
            return conversion(line, locale);
        }
        String explanation = Messages.format(locale, key, line.getInvoiceLineId(), plain(line.getInvoicedQuantity()),
                plain(line.getAvailableQuantity()), line.getUnitCode(), line.getOrderLineNumber(), plain(line.getInvoiceUnitPrice()),
                plain(line.getOrderUnitPrice()), amount(line.getInvoiceLineAmount()), amount(line.getOrderLineAmount()),
                line.getOrderNumber() == null ? "?" : line.getOrderNumber());
        String conversion = conversion(line, locale);
        return conversion == null ? explanation : explanation + " " + conversion;
    }

    /** Returns how the line's unit was converted into the order's, or null when it was not. */
    private static String conversion(MatchLineResult line, Locale locale) {
        if (line.getUnitFactor() == null) {
            return null;
        }
        return Messages.format(locale, "match.unitConverted", line.getInvoiceLineId(), plain(line.getUnitFactor()), line.getUnitCode());
    }

    /**
     * Returns the explanation of a discrepancy in the document-level charges or allowances, with the
     * reason as the documents name it, or null when they match.
     */
    public static String explain(MatchChargeResult charge, String currency, Locale locale) {
        if (charge.getReason() == null) {
            return null;
        }
        return Messages.format(locale, "reason." + charge.getReason().name(), describe(charge), amount(charge.getInvoiceAmount()),
                amount(charge.getOrderAmount()), amount(charge.getEarlierAmount()), currency);
    }

    /** Returns the reason of a charge as "FC Transport", "FC" or "Transport"; the code list is the document's. */
    private static String describe(MatchChargeResult charge) {
        if (charge.getReasonCode() != null && charge.getReasonText() != null) {
            return charge.getReasonCode() + " " + charge.getReasonText();
        }
        return charge.getReasonCode() != null ? charge.getReasonCode() : String.valueOf(charge.getReasonText());
    }

    /** Returns the amount with at least 2 decimals, and more only when the stored value has them; never rounded. */
    private static String amount(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** Returns the note on a VAT rate that differs from the order's, reported apart from the outcome, or null. */
    public static String taxNote(MatchLineResult line, Locale locale) {
        if (!line.isVatRateDiffers()) {
            return null;
        }
        return Messages.format(locale, "tax.vatRateDiffers", line.getInvoiceLineId(), plain(line.getInvoiceVatRate()),
                line.getOrderLineNumber(), plain(line.getOrderVatRate()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
