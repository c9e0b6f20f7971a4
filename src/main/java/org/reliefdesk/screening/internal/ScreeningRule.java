package org.reliefdesk.screening.internal;

import java.util.List;

import org.reliefdesk.intake.Condition;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Restriction;

/**
 * One row of the rule table: when {@code condition} holds, raise {@code flag} at {@code severity}
 * and apply {@code restrictions}. {@code warningSign}: a CLINICAL.md section-1 warning sign, which
 * stops the headache-pattern suggestion.
 */
public record ScreeningRule(String id, int section, boolean warningSign, Condition condition, String flag,
        Severity severity, List<Restriction> restrictions, String clientReason, String therapistReason,
        String source) {

    public ScreeningRule {
        restrictions = List.copyOf(restrictions);
    }

    public Flag toFlag() {
        return new Flag(flag, severity.name(), clientReason, therapistReason, source);
    }
}
