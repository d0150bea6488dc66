package org.openprocure.web.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openprocure.reporting.DashboardFigures;
import org.openprocure.reporting.DashboardService;
import org.openprocure.web.dashboard.ChartConfig.Point;

/** Backs /dashboard.xhtml: reads the figures once per page view and turns them into charts. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The periods a user may pick for rates and cycle times, in days. */
    private static final List<Integer> PERIODS = List.of(30, 90, 365);

    @Inject
    private DashboardService dashboard;

    private int periodDays = 90;

    private transient DashboardFigures figures;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures(periodDays);
        }
        return figures;
    }

    /** Reads the figures again for the period just chosen. */
    public void refresh() {
        figures = null;
    }

    public String getOpenOrdersChart() {
        return ChartConfig.bar(points(getFigures().openOrdersByStatus(), "status."), locale(), false, true);
    }

    public String getInvoicesChart() {
        return ChartConfig.doughnut(points(getFigures().invoicesByStatus(), "match."), locale());
    }

    public String getReasonsChart() {
        return ChartConfig.bar(points(getFigures().discrepancyReasons(), "dashboard.reason."), locale(), true, true);
    }

    public String getCycleTimesChart() {
        DashboardFigures.CycleTimes times = getFigures().cycleTimes();
        return ChartConfig.bar(List.of(
                new Point(label("dashboard.requisitionToOrder"), zeroIfNone(times.requisitionToOrderDays())),
                new Point(label("dashboard.orderToReceipt"), zeroIfNone(times.orderToReceiptDays())),
                new Point(label("dashboard.invoiceToGoodToPay"), zeroIfNone(times.invoiceToGoodToPayDays()))), locale(), false, false);
    }

    /** Returns the rows of a count table under a chart, for screen readers and exact figures. */
    public List<Map.Entry<String, Long>> rows(Map<? extends Enum<?>, Long> counts, String labelPrefix) {
        return counts.entrySet().stream().map(entry -> Map.entry(label(labelPrefix + entry.getKey().name()), entry.getValue())).toList();
    }

    private List<Point> points(Map<? extends Enum<?>, Long> counts, String labelPrefix) {
        return counts.entrySet().stream().map(entry -> new Point(label(labelPrefix + entry.getKey().name()),
                BigDecimal.valueOf(entry.getValue()))).toList();
    }

    private static BigDecimal zeroIfNone(BigDecimal days) {
        return days == null ? BigDecimal.ZERO : days;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String label(String key) {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication().getResourceBundle(FacesContext.getCurrentInstance(), "label");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** Returns the name of a period in the page's language, such as "90 jours". */
    public String periodLabel(int days) {
        return new MessageFormat(label("dashboard.periodOption"), locale()).format(new Object[] {days});
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public int getPeriodDays() {
        return periodDays;
    }

    public void setPeriodDays(int periodDays) {
        this.periodDays = periodDays;
    }
}
