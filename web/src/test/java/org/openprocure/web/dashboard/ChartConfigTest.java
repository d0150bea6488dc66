package org.openprocure.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openprocure.web.dashboard.ChartConfig.Point;

class ChartConfigTest {

    @Test
    void countBarsStartAtZero() {
        JsonObject config = parse(ChartConfig.bar(List.of(new Point("Émise", BigDecimal.valueOf(3)), new Point("Confirmée", BigDecimal.ONE)),
                Locale.FRENCH, true, true));

        assertEquals("bar", config.getString("type"));
        assertEquals("fr", config.getJsonObject("options").getString("locale"));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        assertEquals(0, config.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"));
        assertEquals(List.of("Émise", "Confirmée"), config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(3, config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(0));
    }

    @Test
    void doughnutGivesEachSliceItsColour() {
        JsonObject config = parse(ChartConfig.doughnut(List.of(new Point("A", BigDecimal.ONE), new Point("B", BigDecimal.TEN)), Locale.ENGLISH));

        assertEquals(2, config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("backgroundColor").size());
        assertEquals(true, config.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
