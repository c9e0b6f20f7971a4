package org.reliefdesk.planning;

/**
 * Where a client's newest plan stands, for the front desk's quick view and the book's flags (no clinical content):
 * {@code status} is {@code NO_PLAN}, {@code PROPOSED}, {@code ACCEPTED} or {@code NEEDS_REVIEW}; {@code version} the
 * newest version and {@code inForceVersion} the accepted one in force (null when none).
 */
public record PlanStanding(String status, int version, Integer inForceVersion) {

    public static final PlanStanding NO_PLAN = new PlanStanding("NO_PLAN", 0, null);

    public boolean needsReview() {
        return status.equals("NEEDS_REVIEW");
    }
}
