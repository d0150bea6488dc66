package org.openprocure.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;

/**
 * Compares one invoice line with its order line: quantity invoiced against quantity accepted
 * (received minus rejected, less what earlier invoices claimed), and unit price against order
 * price, both per single unit. It reads its inputs and never changes them.
 */
public final class ThreeWayMatchPolicy {

    private static final MathContext UNIT_PRICE_PRECISION = new MathContext(20, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MatchTolerance tolerance;

    public ThreeWayMatchPolicy(MatchTolerance tolerance) {
        this.tolerance = tolerance;
    }

    public LineMatch match(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine) {
        if (orderLine == null) {
            return discrepancy(invoiceLine, null, DiscrepancyReason.UNKNOWN_ORDER_LINE, null, null, null);
        }
        if (invoiceLine.quantity() == null || invoiceLine.netPrice() == null) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.MISSING_QUANTITY_OR_PRICE, null, null, null);
        }
        BigDecimal invoiceUnitPrice = perUnit(invoiceLine.netPrice(), invoiceLine.priceBaseQuantity());
        BigDecimal orderUnitPrice = perUnit(orderLine.unitPrice(), orderLine.priceBasisQuantity());
        BigDecimal available = orderLine.acceptedQuantity().subtract(orderLine.invoicedBefore()).max(BigDecimal.ZERO);
        if (!invoiceLine.currency().equals(orderLine.currency())) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.CURRENCY_MISMATCH, available, invoiceUnitPrice, orderUnitPrice);
        }
        if (!invoiceLine.unitCode().equals(orderLine.unitCode())) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.UNIT_MISMATCH, available, invoiceUnitPrice, orderUnitPrice);
        }

        Check price = checkPrice(invoiceUnitPrice, orderUnitPrice);
        if (price == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.PRICE_ABOVE_ORDER, available, invoiceUnitPrice, orderUnitPrice);
        }
        if (orderLine.receivedQuantity().signum() == 0) {
            return line(invoiceLine, orderLine, MatchOutcome.AWAITING_RECEIPT, null, available, invoiceUnitPrice, orderUnitPrice);
        }
        Check quantity = checkQuantity(invoiceLine.quantity(), available);
        if (quantity == Check.BEYOND) {
            return discrepancy(invoiceLine, orderLine, DiscrepancyReason.QUANTITY_OVER_RECEIPT, available, invoiceUnitPrice, orderUnitPrice);
        }
        MatchOutcome outcome = price == Check.EXACT && quantity == Check.EXACT ? MatchOutcome.MATCHED : MatchOutcome.MATCHED_WITHIN_TOLERANCE;
        return line(invoiceLine, orderLine, outcome, null, available, invoiceUnitPrice, orderUnitPrice);
    }

    /** Returns the invoice's outcome: the worst of its lines, and a discrepancy when it has none. */
    public static MatchOutcome overall(Collection<LineMatch> lines) {
        return lines.stream()
                .map(LineMatch::outcome)
                .max(Comparator.naturalOrder())
                .orElse(MatchOutcome.DISCREPANCY);
    }

    private enum Check { EXACT, WITHIN_TOLERANCE, BEYOND }

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

    private Check checkQuantity(BigDecimal invoiced, BigDecimal available) {
        if (invoiced.compareTo(available) <= 0) {
            return Check.EXACT;
        }
        BigDecimal limit = available.max(BigDecimal.ZERO).multiply(HUNDRED.add(tolerance.quantityPercent())).divide(HUNDRED, UNIT_PRICE_PRECISION);
        return invoiced.compareTo(limit) <= 0 ? Check.WITHIN_TOLERANCE : Check.BEYOND;
    }

    private static BigDecimal perUnit(BigDecimal price, BigDecimal basis) {
        if (basis == null || basis.signum() == 0) {
            return price;
        }
        return price.divide(basis, UNIT_PRICE_PRECISION);
    }

    private static LineMatch discrepancy(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, DiscrepancyReason reason,
                                         BigDecimal available, BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        return line(invoiceLine, orderLine, MatchOutcome.DISCREPANCY, reason, available, invoiceUnitPrice, orderUnitPrice);
    }

    private static LineMatch line(LineFacts.InvoiceLine invoiceLine, LineFacts.OrderLine orderLine, MatchOutcome outcome,
                                  DiscrepancyReason reason, BigDecimal available, BigDecimal invoiceUnitPrice, BigDecimal orderUnitPrice) {
        return new LineMatch(invoiceLine.lineId(), orderLine == null ? null : orderLine.lineNumber(), outcome, reason,
                invoiceLine.quantity(), available, invoiceLine.unitCode(), invoiceUnitPrice, orderUnitPrice);
    }
}
