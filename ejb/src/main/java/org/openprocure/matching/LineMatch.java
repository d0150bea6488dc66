package org.openprocure.matching;

import java.math.BigDecimal;

/**
 * The match of one invoice line, with the figures that explain it. Quantities and prices are in
 * the order line's unit once a factor converted them.
 *
 * @param availableQuantity accepted quantity less what earlier invoices already claimed
 * @param invoiceUnitPrice  invoice net price for one unit
 * @param orderUnitPrice    order price for one unit
 * @param invoiceVatRate    VAT rate of the invoice line in percent, or null
 * @param orderVatRate      VAT rate of the order line in percent, or null
 * @param vatRateDiffers    whether the two rates differ by more than the tolerance; reported apart from the outcome
 * @param orderNumber       the purchase order of the line, or null when none was found
 * @param unitFactor        the number of order units in one invoiced unit when the units differ, else null
 * @param invoiceLineAmount BT-131 as the supplier wrote it, or null when the line amount was not compared
 * @param orderLineAmount   the order's value of the invoiced quantity, rounded half-up to 2 decimals, or null
 * @param tolerance         the tolerances applied and their source, or null when none were recorded
 */
public record LineMatch(String invoiceLineId, String orderLineNumber, MatchOutcome outcome, DiscrepancyReason reason,
                        BigDecimal invoicedQuantity, BigDecimal availableQuantity, String unitCode,
                        BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice, BigDecimal invoiceVatRate, BigDecimal orderVatRate,
                        boolean vatRateDiffers, String orderNumber, BigDecimal unitFactor, BigDecimal invoiceLineAmount,
                        BigDecimal orderLineAmount, AppliedTolerance tolerance) {

    /** A line match whose VAT rates are not compared yet. */
    public LineMatch(String invoiceLineId, String orderLineNumber, MatchOutcome outcome, DiscrepancyReason reason,
                     BigDecimal invoicedQuantity, BigDecimal availableQuantity, String unitCode,
                     BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        this(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode, invoiceUnitPrice,
                orderUnitPrice, null, null, false, null, null, null, null, null);
    }

    /** A line match with the line amounts it compared. */
    public LineMatch(String invoiceLineId, String orderLineNumber, MatchOutcome outcome, DiscrepancyReason reason,
                     BigDecimal invoicedQuantity, BigDecimal availableQuantity, String unitCode, BigDecimal invoiceUnitPrice,
                     BigDecimal orderUnitPrice, BigDecimal invoiceLineAmount, BigDecimal orderLineAmount) {
        this(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode, invoiceUnitPrice,
                orderUnitPrice, null, null, false, null, null, invoiceLineAmount, orderLineAmount, null);
    }

    /**
     * Returns this match with the two VAT rates compared: they differ when both are known and apart
     * by more than the tolerance in percentage points. The outcome stays as it is.
     */
    public LineMatch withVatRates(BigDecimal invoiceRate, BigDecimal orderRate, BigDecimal tolerancePoints) {
        boolean differs = invoiceRate != null && orderRate != null
                && invoiceRate.subtract(orderRate).abs().compareTo(tolerancePoints) > 0;
        return new LineMatch(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode,
                invoiceUnitPrice, orderUnitPrice, invoiceRate, orderRate, differs, orderNumber, unitFactor, invoiceLineAmount,
                orderLineAmount, tolerance);
    }

    /** Returns this match with the purchase order it was compared with. */
    public LineMatch withOrderNumber(String number) {
        return new LineMatch(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode,
                invoiceUnitPrice, orderUnitPrice, invoiceVatRate, orderVatRate, vatRateDiffers, number, unitFactor, invoiceLineAmount,
                orderLineAmount, tolerance);
    }

    /** Returns this match with the factor that converted the invoiced unit into the order's. */
    LineMatch withUnitFactor(BigDecimal factor) {
        return new LineMatch(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode,
                invoiceUnitPrice, orderUnitPrice, invoiceVatRate, orderVatRate, vatRateDiffers, orderNumber, factor, invoiceLineAmount,
                orderLineAmount, tolerance);
    }

    /** Returns this match with the record of the tolerances it applied. */
    public LineMatch withTolerance(AppliedTolerance applied) {
        return new LineMatch(invoiceLineId, orderLineNumber, outcome, reason, invoicedQuantity, availableQuantity, unitCode,
                invoiceUnitPrice, orderUnitPrice, invoiceVatRate, orderVatRate, vatRateDiffers, orderNumber, unitFactor, invoiceLineAmount,
                orderLineAmount, applied);
    }
}
