package org.openprocure.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openprocure.invoicing.InvoiceStatus;
import org.openprocure.matching.DiscrepancyReason;
import org.openprocure.purchasing.PurchaseOrderStatus;

/**
 * Dashboard figures read at one moment. Counts per status and per reason contain only the values
 * that occur, in the order of their enum. Rates and cycle times cover the documents dated from
 * {@code since}, and a cycle time is null when no document of the period has both ends yet.
 */
public record DashboardFigures(
        LocalDate since,
        Map<PurchaseOrderStatus, Long> openOrdersByStatus,
        LateDeliveries lateDeliveries,
        Map<InvoiceStatus, Long> invoicesByStatus,
        TouchlessRate touchless,
        Map<DiscrepancyReason, Long> discrepancyReasons,
        CycleTimes cycleTimes) {

    /** Order lines past their confirmed delivery date (else the requested one) and not fully received. */
    public record LateDeliveries(long orders, long lines, List<LateLine> oldest) {
    }

    /** One late order line, for the list of the oldest. */
    public record LateLine(long orderId, String orderNumber, String supplierName, String lineNumber, String description,
            LocalDate dueDate, BigDecimal orderedQuantity, BigDecimal receivedQuantity) {
    }

    /**
     * Invoices received in the period that reached good to pay with no human action: matched, exactly
     * or within tolerance, and never held, assigned an order, disputed, sent back for a credit note,
     * replayed, or accepted with its discrepancy by hand.
     */
    public record TouchlessRate(long touchless, long invoices) {

        /** Returns the share as a fraction between 0 and 1, four decimals, or null when no invoice arrived. */
        public BigDecimal rate() {
            if (invoices == 0) {
                return null;
            }
            return BigDecimal.valueOf(touchless).divide(BigDecimal.valueOf(invoices), 4, java.math.RoundingMode.HALF_UP);
        }
    }

    /** Average durations in days, one decimal: requisition to order, order to goods receipt, invoice received to good to pay. */
    public record CycleTimes(BigDecimal requisitionToOrderDays, BigDecimal orderToReceiptDays, BigDecimal invoiceToGoodToPayDays) {
    }

    public long openOrders() {
        return openOrdersByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
