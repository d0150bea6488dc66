package org.openprocure.web.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Writes the Chart.js configuration that p:chart draws: one data set of labelled values. The locale
 * makes Chart.js write the numbers of axes and tooltips as the page's language does (1 234,5 in French).
 */
final class ChartConfig {

    /** The colours of the bars and slices, in order; chosen to stay apart for colour-blind readers. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    private ChartConfig() {
    }

    /** One value of a chart with its label in the page's language. */
    record Point(String label, BigDecimal value) {
    }

    /** Writes a bar chart with whole-number ticks for counts and decimal ones for durations. The heading above the chart names it. */
    static String bar(List<Point> points, Locale locale, boolean horizontal, boolean counts) {
        JsonObjectBuilder options = options(locale, false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObjectBuilder ticks = Json.createObjectBuilder();
        if (counts) {
            ticks.add("precision", 0);
        }
        options.add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks)));
        return config("bar", points, options, false);
    }

    static String doughnut(List<Point> points, Locale locale) {
        return config("doughnut", points, options(locale, true), true);
    }

    private static String config(String type, List<Point> points, JsonObjectBuilder options, boolean colourEach) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < points.size(); i++) {
            labels.add(points.get(i).label());
            values.add(points.get(i).value());
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", values);
        if (colourEach) {
            dataset.add("backgroundColor", colours);
        } else {
            dataset.add("backgroundColor", COLOURS.get(0));
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder options(Locale locale, boolean legend) {
        return Json.createObjectBuilder()
                .add("locale", locale.toLanguageTag())
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)));
    }
}
