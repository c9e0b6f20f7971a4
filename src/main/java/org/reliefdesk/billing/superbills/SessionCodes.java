package org.reliefdesk.billing.superbills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A session's procedure codes and units: the minutes of each technique (from the signed note, else the accepted plan)
 * summed under its code (a technique not billed, CONSULTATION, counts toward none), then units by the
 * {@link EightMinuteRule}. A code with no units is left out.
 */
@Component
class SessionCodes {

    private final ProcedureCodes codes;

    SessionCodes(ProcedureCodes codes) {
        this.codes = codes;
    }

    /** A technique's code and its minutes (null minutes count as none). */
    record Timed(String technique, Integer minutes) {
    }

    List<Superbill.Line> lines(List<Timed> techniques) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (Timed timed : techniques) {
            codes.of(timed.technique()).ifPresent(code -> minutes.merge(code.code(),
                    timed.minutes() == null ? 0 : timed.minutes(), Integer::sum));
        }
        List<Superbill.Line> lines = new ArrayList<>();
        EightMinuteRule.units(minutes).forEach((code, units) ->
                lines.add(new Superbill.Line(code, codes.name(code), minutes.get(code), units)));
        return lines;
    }
}
