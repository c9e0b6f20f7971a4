package org.reliefdesk.billing.reports;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A page's bar charts as JSON for a {@code <script type="application/json">} block (the pages' policy allows no
 * inline script; /js/billing-reports.js draws them), escaped so that it can never close the block. Each chart has
 * a table beside it carrying the same figures, the text alternative.
 */
final class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One horizontal bar chart on the canvas {@code canvas}: a bar per label, amounts as {@code "95.00"}. */
    record Chart(String canvas, String label, List<String> labels, List<String> values) {
    }

    private ChartJson() {
    }

    static String of(List<Chart> charts) {
        return JSON.writeValueAsString(charts).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
