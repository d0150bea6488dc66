package org.openprocure.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;

import org.openprocure.purchasing.UnitEquivalence;

/**
 * Compares one invoice line with its order line. The quantity invoiced is compared with the
 * quantity ordered and the quantity accepted (received minus rejected, less what returns withhold),
 * each less what earlier invoices claimed. The unit price is compared with the order price, both per
 * single unit, and the line net amount with the order's value of the invoiced quantity. The policy
 * reads its inputs and never changes them.
 */
public final class ThreeWayMatchPolicy {

    private static final MathContext UNIT_PRICE_PRECISION = new MathContext(20, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MatchTolerance tolerance;
    private final UnitEquivalence units;

    /** A policy under which a unit code matches only itself. */
    public ThreeWayMatchPolicy(MatchTolerance tolerance) {
        this(tolerance, UnitEquivalence.NONE);
    }

    public ThreeWayMatchPolicy(MatchTolerance tolerance, UnitEquivalence units) {
        this.tolerance = tolerance;
        this.units = units;
    }

    /** Matches an invoice line whose unit converts into the order's only when the two codes name the same unit. */
    public LineMatch match(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine) {
        return match(invoiceLine, orderLine, sameUnitFactor(invoiceLine, orderLine));
    }

    /**
     * Matches an invoice line with its order line, converting the invoiced unit into the order's by
     * the given number of order units per invoiced unit. A null factor means none is known.
     */
    public LineMatch match(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, BigDecimal unitFactor) {
        if (orderLine == null) {
            return discrepancy(invoiceLine, null, DiscrepancyReason.UNKNOWN_ORDER_LINE, null, null, null);
        }
        DiscrepancyReason defect = defect(invoiceLine);
        if (defect != null) {
            return discrepancy(invoiceLine, orderLine, defect, null, null, null);
        }
        BigDecimal invoiceUnitPrice = perUnit(invoiceLine.netPrice(), invoiceLine.priceBaseQuantity());
        BigDecimal orderUnitPrice = perUnit(orderLine.unitPrice(), orderLine.priceBasisQuantity());
        BigDecimal available = orderLine.acceptedQuantity().subtract(orderLine.returnedQuantity())
                .subtract(orderLine.invoicedBefore()).max(BigDecimal.ZERO);
        if (!invoiceLine.currency().equals(orderLine.currency())) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.CURRENCY_MISMATCH, available, invoiceUnitPrice, orderUnitPrice);
        }
        if (unitFactor == null) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.UNIT_MISMATCH, available, invoiceUnitPrice, orderUnitPrice);
        }
        return converted(compare(inOrderUnit(invoiceLine, orderLine, unitFactor), orderLine, available), unitFactor);
    }

    private LineMatch compare(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, BigDecimal available) {
        BigDecimal invoiceUnitPrice = perUnit(invoiceLine.netPrice(), invoiceLine.priceBaseQuantity());
        BigDecimal orderUnitPrice = perUnit(orderLine.unitPrice(), orderLine.priceBasisQuantity());
        Check price = checkPrice(invoiceUnitPrice, orderUnitPrice);
        if (price == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.PRICE_ABOVE_ORDER, available, invoiceUnitPrice, orderUnitPrice);
        }
        Check amount = checkLineAmount(invoiceLine.netAmount(), orderLineAmount(orderUnitPrice, invoiceLine));
        if (amount == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.LINE_AMOUNT_ABOVE_ORDER, available, invoiceUnitPrice, orderUnitPrice);
        }
        BigDecimal notYetInvoiced = orderLine.expectedQuantity().subtract(orderLine.invoicedBefore()).max(BigDecimal.ZERO);
        Check ordered = checkQuantity(invoiceLine.quantity(), notYetInvoiced);
        if (ordered == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.QUANTITY_OVER_ORDER, notYetInvoiced, invoiceUnitPrice, orderUnitPrice);
        }
        if (orderLine.receivedQuantity().signum() == 0) {
            return line(invoiceLine, orderLine, MatchOutcome.AWAITING_RECEIPT, null, available, invoiceUnitPrice, orderUnitPrice);
        }
        Check received = checkQuantity(invoiceLine.quantity(), available);
        if (received == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.QUANTITY_OVER_RECEIPT, available, invoiceUnitPrice, orderUnitPrice);
        }
        boolean exact = price == Check.EXACT && amount == Check.EXACT && ordered == Check.EXACT && received == Check.EXACT;
        return line(invoiceLine, orderLine, exact ? MatchOutcome.MATCHED : MatchOutcome.MATCHED_WITHIN_TOLERANCE,
                null, available, invoiceUnitPrice, orderUnitPrice);
    }

    /**
     * Checks a credit note line: it must name a line of the order, in the order's currency and unit,
     * and take back at most the quantity that invoices billed there and other credit notes left.
     * The line's quantity is the quantity it credits; a credit below zero would add, which takes an invoice.
     */
    public LineMatch matchCredit(LineFacts.InvoiceLine creditLine, LineFacts.OrderLine orderLine, BigDecimal creditable) {
        return matchCredit(creditLine, orderLine, creditable, sameUnitFactor(creditLine, orderLine));
    }

    /** Checks a credit note line whose unit converts into the order's by the given factor, or null when none is known. */
    public LineMatch matchCredit(LineFacts.InvoiceLine creditLine, LineFacts.OrderLine orderLine, BigDecimal creditable,
                                 BigDecimal unitFactor) {
        if (orderLine == null) {
            return discrepancy(creditLine, null, DiscrepancyReason.UNKNOWN_ORDER_LINE, null, null, null);
        }
        if (creditLine.quantity() == null || creditLine.unitCode() == null) {
            return discrepancy(creditLine, orderLine, DiscrepancyReason.MISSING_QUANTITY_OR_PRICE, null, null, null);
        }
        if (!creditLine.currency().equals(orderLine.currency())) {
            return discrepancy(creditLine, orderLine, DiscrepancyReason.CURRENCY_MISMATCH, creditable, null, null);
        }
        if (unitFactor == null) {
            return discrepancy(creditLine, orderLine, DiscrepancyReason.UNIT_MISMATCH, creditable, null, null);
        }
        LineFacts.InvoiceLine credit = inOrderUnit(creditLine, orderLine, unitFactor);
        if (credit.quantity().signum() < 0) {
            return converted(discrepancy(credit, orderLine, DiscrepancyReason.NEGATIVE_CREDIT, creditable, null, null), unitFactor);
        }
        if (credit.quantity().compareTo(creditable) > 0) {
            return converted(discrepancy(credit, orderLine, DiscrepancyReason.CREDIT_OVER_INVOICED, creditable, null, null), unitFactor);
        }
        return converted(line(credit, orderLine, MatchOutcome.MATCHED, null, creditable, null, null), unitFactor);
    }

    private BigDecimal sameUnitFactor(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine) {
        if (orderLine == null || invoiceLine.unitCode() == null) {
            return null;
        }
        return units.same(invoiceLine.unitCode(), orderLine.unitCode()) ? BigDecimal.ONE : null;
    }

    /**
     * Restates an invoice line in the order line's unit: the quantity times the factor, and the net
     * price for its base quantity times the factor, so the price per order unit follows. A factor of
     * 1 leaves the line as the supplier wrote it.
     */
    private static LineFacts.InvoiceLine inOrderUnit(LineFacts.InvoiceLine line, LineFacts.OrderLine orderLine, BigDecimal factor) {
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return line;
        }
        BigDecimal basis = line.priceBaseQuantity() == null ? BigDecimal.ONE : line.priceBaseQuantity();
        return new LineFacts.InvoiceLine(line.lineId(), line.quantity().multiply(factor), orderLine.unitCode(), line.netPrice(),
                basis.multiply(factor), line.currency(), line.netAmount());
    }

    private static LineMatch converted(LineMatch match, BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? match : match.withUnitFactor(factor);
    }

    /** Returns the discrepancy of a line whose own order does not exist or is addressed to another supplier. */
    public static LineMatch withoutOrder(LineFacts.InvoiceLine invoiceLine, DiscrepancyReason reason) {
        return discrepancy(invoiceLine, null, reason, null, null, null);
    }

    /** Returns what makes the invoice line impossible to compare, or null when it can be compared. */
    private static DiscrepancyReason defect(LineFacts.InvoiceLine line) {
        if (line.quantity() == null || line.netPrice() == null || line.unitCode() == null) {
            return DiscrepancyReason.MISSING_QUANTITY_OR_PRICE;
        }
        if (line.netPrice().signum() < 0) {
            return DiscrepancyReason.NEGATIVE_PRICE;
        }
        if (line.priceBaseQuantity() != null && line.priceBaseQuantity().signum() <= 0) {
            return DiscrepancyReason.INVALID_BASE_QUANTITY;
        }
        if (line.quantity().signum() < 0) {
            return DiscrepancyReason.NEGATIVE_QUANTITY;
        }
        return null;
    }

    /** Returns the invoice's outcome: the worst of its lines, and a discrepancy when it has none. */
    public static MatchOutcome overall(Collection<LineMatch> lines) {
        return lines.stream()
                .map(LineMatch::outcome)
                .max(Comparator.naturalOrder())
                .orElse(MatchOutcome.DISCREPANCY);
    }

    /** Returns the invoice's outcome: the worst of its lines and of its document-level charges and allowances, and a discrepancy when it has no line. */
    public static MatchOutcome overall(Collection<LineMatch> lines, Collection<ChargeMatch> charges) {
        MatchOutcome linesOutcome = overall(lines);
        return charges.stream()
                .map(ChargeMatch::outcome)
                .reduce(linesOutcome, (worst, outcome) -> outcome.compareTo(worst) > 0 ? outcome : worst);
    }

    enum Check { EXACT, WITHIN_TOLERANCE, BEYOND }

    /** Checks the invoice unit price; a price below the order price is not held against the supplier. */
    private Check checkPrice(BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        BigDecimal excess = invoiceUnitPrice.subtract(orderUnitPrice);
        if (excess.signum() <= 0) {
            return Check.EXACT;
        }
        BigDecimal percentLimit = orderUnitPrice.multiply(tolerance.pricePercent()).divide(HUNDRED, UNIT_PRICE_PRECISION);
        boolean within = excess.compareTo(percentLimit) <= 0 && excess.compareTo(tolerance.priceAmount()) <= 0;
        return within ? Check.WITHIN_TOLERANCE : Check.BEYOND;
    }

    /** Checks the invoiced quantity; its excess may reach the percentage of the available quantity or the absolute quantity, whichever is larger. */
    private Check checkQuantity(BigDecimal invoiced, BigDecimal available) {
        BigDecimal excess = invoiced.subtract(available);
        if (excess.signum() <= 0) {
            return Check.EXACT;
        }
        BigDecimal percentLimit = available.max(BigDecimal.ZERO).multiply(tolerance.quantityPercent()).divide(HUNDRED, UNIT_PRICE_PRECISION);
        return excess.compareTo(percentLimit.max(tolerance.quantityAbsolute())) <= 0 ? Check.WITHIN_TOLERANCE : Check.BEYOND;
    }

    /**
     * Checks the line net amount against the order's value of the invoiced quantity. A lower amount
     * is not held against the supplier. An excess may reach the percentage of the order's value or
     * the absolute amount, whichever is larger. A line without a net amount is not checked.
     */
    private Check checkLineAmount(BigDecimal invoiceAmount, BigDecimal orderAmount) {
        if (invoiceAmount == null || orderAmount == null) {
            return Check.EXACT;
        }
        return checkAmountExcess(invoiceAmount.subtract(orderAmount), orderAmount, tolerance);
    }

    /** Checks an excess in money against an amount tolerance: within the percentage of the base or the absolute amount, whichever is larger. */
    static Check checkAmountExcess(BigDecimal excess, BigDecimal base, MatchTolerance tolerance) {
        if (excess.signum() <= 0) {
            return Check.EXACT;
        }
        BigDecimal percentLimit = base.max(BigDecimal.ZERO).multiply(tolerance.lineAmountPercent()).divide(HUNDRED, UNIT_PRICE_PRECISION);
        return excess.compareTo(percentLimit.max(tolerance.lineAmountAbsolute())) <= 0 ? Check.WITHIN_TOLERANCE : Check.BEYOND;
    }

    /**
     * Returns the order's value of the invoiced quantity: order price per unit times quantity,
     * rounded half-up to the cent only here. Returns null when the invoice line has no net amount.
     * NOTE: orders foresee no line allowances or charges yet, so the value leaves them out.
     */
    private static BigDecimal orderLineAmount(BigDecimal orderUnitPrice, LineFacts.InvoiceLine invoiceLine) {
        if (orderUnitPrice == null || invoiceLine.netAmount() == null || invoiceLine.quantity() == null) {
            return null;
        }
        return orderUnitPrice.multiply(invoiceLine.quantity()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Divides a price by its basis quantity; a null basis means 1. */
    private static BigDecimal perUnit(BigDecimal price, BigDecimal basis) {
        return basis == null ? price : price.divide(basis, UNIT_PRICE_PRECISION);
    }

    private static LineMatch discrepancy(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, DiscrepancyReason reason,
                                         BigDecimal available, BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        return line(invoiceLine, orderLine, MatchOutcome.DISCREPANCY, reason, available, invoiceUnitPrice, orderUnitPrice);
    }

    private static LineMatch line(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, MatchOutcome outcome,
                                  DiscrepancyReason reason, BigDecimal available, BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        return new LineMatch(invoiceLine.lineId(), orderLine == null ? null : orderLine.lineNumber(), outcome, reason,
                invoiceLine.quantity(), available, invoiceLine.unitCode(), invoiceUnitPrice, orderUnitPrice,
                invoiceLine.netAmount(), orderLineAmount(orderUnitPrice, invoiceLine));
    }
}
