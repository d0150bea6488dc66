package org.openprocure.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openprocure.reporting.DashboardFigures;
import org.openprocure.reporting.DashboardService;
import org.openprocure.shared.InvalidInputException;

/** The dashboard figures, for staff and for the company's own reporting tools. */
@RequestScoped
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private DashboardService dashboard;

    public record LateLineView(long orderId, String orderNumber, String supplierName, String lineNumber, String description,
            LocalDate dueDate, BigDecimal orderedQuantity, BigDecimal receivedQuantity) {
    }

    public record DashboardView(LocalDate since, long openOrders, Map<String, Long> openOrdersByStatus, long lateOrders,
            long lateLines, List<LateLineView> oldestLateLines, Map<String, Long> invoicesByStatus, long touchlessInvoices,
            long invoicesInPeriod, BigDecimal touchlessRate, Map<String, Long> discrepancyReasons,
            BigDecimal requisitionToOrderDays, BigDecimal orderToReceiptDays, BigDecimal invoiceToGoodToPayDays) {
    }

    /** Returns the figures now; rates and cycle times cover the last {@code periodDays} days (90 unless given). */
    @GET
    public DashboardView figures(@QueryParam("periodDays") @DefaultValue("90") String periodDays) {
        DashboardFigures figures = dashboard.figures(days(periodDays));
        return new DashboardView(figures.since(), figures.openOrders(), byName(figures.openOrdersByStatus()),
                figures.lateDeliveries().orders(), figures.lateDeliveries().lines(),
                figures.lateDeliveries().oldest().stream().map(DashboardResource::view).toList(), byName(figures.invoicesByStatus()),
                figures.touchless().touchless(), figures.touchless().invoices(), figures.touchless().rate(),
                byName(figures.discrepancyReasons()), figures.cycleTimes().requisitionToOrderDays(),
                figures.cycleTimes().orderToReceiptDays(), figures.cycleTimes().invoiceToGoodToPayDays());
    }

    private static int days(String periodDays) {
        try {
            return Integer.parseInt(periodDays.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.dashboard.periodDays", periodDays, DashboardService.MAX_PERIOD_DAYS);
        }
    }

    private static LateLineView view(DashboardFigures.LateLine line) {
        return new LateLineView(line.orderId(), line.orderNumber(), line.supplierName(), line.lineNumber(), line.description(),
                line.dueDate(), Figures.plain(line.orderedQuantity()), Figures.plain(line.receivedQuantity()));
    }

    private static Map<String, Long> byName(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }
}
