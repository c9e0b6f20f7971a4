package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * The charts' data as JSON for a {@code <script type="application/json">} block (the page's
 * policy allows no inline script), escaped so that it can never close the block.
 */
final class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private ChartJson() {
    }

    /** {@code label} formats the dates under the bars (the reader's {@code format.dayMonth}). */
    static String of(OutcomeCharts.ChartData data, DateTimeFormatter label) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weeks", Map.of("labels", labels(data.weeks(), OutcomeCharts.Week::start, label),
                "headache", data.weeks().stream().map(OutcomeCharts.Week::headache).toList(),
                "logged", data.weeks().stream().map(OutcomeCharts.Week::logged).toList(),
                "sessions", data.weeks().stream().map(OutcomeCharts.Week::sessions).toList()));
        json.put("pain", Map.of("labels", labels(data.sessions(), SessionPains.Pain::date, label),
                "before", data.sessions().stream().map(SessionPains.Pain::before).toList(),
                "after", data.sessions().stream().map(SessionPains.Pain::after).toList()));
        json.put("midas", Map.of("labels", labels(data.midas(), MidasHistory.Point::date, label),
                "scores", data.midas().stream().map(MidasHistory.Point::score).toList()));
        return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static <T> List<String> labels(List<T> items, Function<T, LocalDate> date, DateTimeFormatter label) {
        return items.stream().map(date).map(label::format).toList();
    }
}
