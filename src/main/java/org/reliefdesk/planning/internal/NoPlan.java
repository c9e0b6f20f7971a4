package org.reliefdesk.planning.internal;

import java.util.List;
import java.util.Map;

import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;

/**
 * Why no plan can be made or accepted now (a 422 whose {@code reason} is NO_INTAKE, URGENT,
 * CLEARANCE_REQUIRED or NO_WORKABLE_AREA, with the reason in words).
 */
final class NoPlan {

    private NoPlan() {
    }

    static RuleViolationException noIntake() {
        return refuse("NO_INTAKE", "intake",
                "The client has no submitted intake yet; a plan is made from the intake and its screening.");
    }

    /** Null when the screening allows a massage plan, else the refusal to throw. */
    static RuleViolationException unlessAllowed(Screening screening) {
        if (screening.allowsMassage()) {
            return null;
        }
        if (screening.status() == ScreeningStatus.URGENT) {
            return refuse("URGENT", "screening", "The latest screening is URGENT: no massage. The client has been "
                    + "told to seek medical care now; a new intake is needed after that.");
        }
        return refuse("CLEARANCE_REQUIRED", "screening", "The latest screening needs a physician's clearance "
                + "before any massage, and none is recorded yet.");
    }

    static RuleViolationException noWorkableArea() {
        return refuse("NO_WORKABLE_AREA", "screening",
                "The screening's restrictions leave no area open for focused work, so no plan can be proposed.");
    }

    private static RuleViolationException refuse(String reason, String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)), Map.of("reason", reason));
    }
}
