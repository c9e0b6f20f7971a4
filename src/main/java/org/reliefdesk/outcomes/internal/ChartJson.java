package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * The charts' data as JSON for a {@code <script type="application/json">} block (the page's
 * policy allows no inline script), escaped so that it can never close the block.
 */
final class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ChartJson() {
    }

    static String of(OutcomeCharts.ChartData data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weeks", Map.of("labels", labels(data.weeks(), OutcomeCharts.Week::start),
                "headache", data.weeks().stream().map(OutcomeCharts.Week::headache).toList(),
                "logged", data.weeks().stream().map(OutcomeCharts.Week::logged).toList(),
                "sessions", data.weeks().stream().map(OutcomeCharts.Week::sessions).toList()));
        json.put("pain", Map.of("labels", labels(data.sessions(), SessionPains.Pain::date),
                "before", data.sessions().stream().map(SessionPains.Pain::before).toList(),
                "after", data.sessions().stream().map(SessionPains.Pain::after).toList()));
        json.put("midas", Map.of("labels", labels(data.midas(), MidasHistory.Point::date),
                "scores", data.midas().stream().map(MidasHistory.Point::score).toList()));
        return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static <T> List<String> labels(List<T> items, Function<T, LocalDate> date) {
        return items.stream().map(date).map(LABEL::format).toList();
    }
}
