package org.reliefdesk.planning.internal;

/** Where a plan stands in its lifecycle (CLINICAL.md section 7). */
enum PlanStatus {
    PROPOSED, ACCEPTED, NEEDS_REVIEW, SUPERSEDED
}
