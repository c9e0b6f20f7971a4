package org.reliefdesk.billing.superbills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Units of timed codes by the CMS 8-minute rule (CLINICAL.md section 9; Medicare Claims Processing Manual, ch. 5,
 * §20.2). The session's total timed minutes give the units: under 8 none, 8–22 one, 23–37 two, and one more for each
 * further 15 minutes. Each code first gets its whole 15-minute units; the units left go one each to the codes with
 * the most minutes remaining. A tie in remaining minutes goes to the code with more minutes in all, then to the lower
 * code (so {@code 97124} before {@code 97140}): the same minutes always give the same units. A code left with no unit
 * is left out.
 */
final class EightMinuteRule {

    static final int UNIT = 15;
    static final int THRESHOLD = 8;

    private EightMinuteRule() {
    }

    /** The units that {@code minutes} of timed work give in all. */
    static int units(int minutes) {
        if (minutes < THRESHOLD) {
            return 0;
        }
        return (minutes - THRESHOLD) / UNIT + 1;
    }

    /** Units per code (ordered by code), from the minutes of each code; codes with no units are left out. */
    static Map<String, Integer> units(Map<String, Integer> minutesByCode) {
        Map<String, Integer> minutes = new TreeMap<>();
        minutesByCode.forEach((code, m) -> {
            if (m != null && m > 0) {
                minutes.merge(code, m, Integer::sum);
            }
        });
        int left = units(minutes.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> units = new TreeMap<>();
        for (Map.Entry<String, Integer> entry : minutes.entrySet()) {
            int whole = Math.min(entry.getValue() / UNIT, left);
            units.put(entry.getKey(), whole);
            left -= whole;
        }
        List<String> byRemainder = new ArrayList<>(minutes.keySet());
        byRemainder.sort(Comparator.<String>comparingInt(code -> minutes.get(code) % UNIT).reversed()
                .thenComparing(Comparator.<String>comparingInt(minutes::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; left > 0 && i < byRemainder.size(); i++, left--) {
            units.merge(byRemainder.get(i), 1, Integer::sum);
        }
        Map<String, Integer> billed = new LinkedHashMap<>();
        units.forEach((code, n) -> {
            if (n > 0) {
                billed.put(code, n);
            }
        });
        return billed;
    }
}
