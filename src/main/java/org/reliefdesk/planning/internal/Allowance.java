package org.reliefdesk.planning.internal;

import java.util.List;

/**
 * What the client's screening and answers allow for one block (an area and a technique):
 * refusals (the block may not exist), pressure limits, cautions that make a note required, and
 * advice worth a note. Each entry carries the rule as the therapist reads it (words as data, said in
 * the reader's language by {@link RuleWords}) and a plain version.
 */
record Allowance(List<Refusal> refusals, List<PressureLimit> limits, List<RuleText> cautionRules,
        List<RuleText> adviceRules) {

    /** Why a block may not exist; {@code field} is "area" or "technique". */
    record Refusal(String field, RuleText rule, String plain) {
    }

    record PressureLimit(int max, RuleText rule, String plain) {
    }

    boolean allowed() {
        return refusals.isEmpty();
    }

    /** The highest pressure every limit allows (5 without limits). */
    int maxPressure() {
        return Math.min(5, limits.stream().mapToInt(PressureLimit::max).min().orElse(5));
    }

    /** The limits that hold a block at exactly this pressure (why it is not firmer). */
    List<PressureLimit> binding(int pressure) {
        return limits.stream().filter(l -> l.max() == pressure).toList();
    }
}
