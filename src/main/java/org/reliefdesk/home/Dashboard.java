package org.reliefdesk.home;

import java.util.List;

import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.scheduling.Booking;

/**
 * What the client's home shows: the next session (null when none), the steps to take next in order (codes the page
 * words as {@code home.next.<STEP>}), the plan in force and its service's name (null when none), the diary (logged
 * today, the streak of days logged in a row), the latest outcome (null before the first session) and the client's
 * latest booking of any status (null when none), whose place and service a new booking starts from.
 */
record Dashboard(Booking next, List<Step> steps, PlanInForce plan, String planService, boolean loggedToday,
        int streak, Outcome outcome, Booking latest) {

    /** A thing to do next, most pressing first. */
    enum Step {
        START_INTAKE, CONTINUE_INTAKE, REVIEW_PLAN, BOOK, LOG_TODAY
    }

    /** The service a new booking starts with: the plan's, else the latest booking's (null: the client picks). */
    public String bookService() {
        return plan != null ? plan.serviceCode() : latest == null ? null : latest.serviceCode();
    }

    /** Where a new booking starts: the latest booking's location (null: the practice's first). */
    public java.util.UUID bookLocation() {
        return latest == null ? null : latest.locationId();
    }

    public boolean intakeDone() {
        return !steps.contains(Step.START_INTAKE) && !steps.contains(Step.CONTINUE_INTAKE);
    }

    /** Whether the outcome compares two windows (else the page says there is not enough diary yet). */
    public boolean outcomeCompared() {
        return outcome != null && !outcome.insufficientData() && outcome.baseline() != null
                && outcome.current() != null;
    }
}
