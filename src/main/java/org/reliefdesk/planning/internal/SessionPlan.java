package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.shared.ConflictException;

/**
 * A client's session plan: one id, a {@code version} raised by every saved change (the optimistic
 * lock), the last version the client accepted and the one in force (none while it NEEDS_REVIEW).
 * The verbs guard the lifecycle of CLINICAL.md section 7 and answer 409 when it forbids the step.
 * {@code language} is the language its proposed texts were written in ("en", "es"): the client's when proposed.
 */
record SessionPlan(UUID id, UUID clientId, String serviceCode, PlanStatus status, int version,
        Integer acceptedVersion, Integer inForceVersion, List<String> reviewReasons, Instant createdAt,
        Instant updatedAt, String language) {

    SessionPlan {
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
        language = language == null ? PlanWords.ENGLISH : language;
    }

    /** An edit is based on {@code seenVersion}: refused when superseded or stale. */
    void checkEditable(Integer seenVersion) {
        if (status == PlanStatus.SUPERSEDED) {
            throw superseded();
        }
        checkCurrent(seenVersion, "saved");
    }

    /** The client accepts {@code seenVersion}: it must be current and not superseded or waiting for review. */
    void checkAcceptable(Integer seenVersion) {
        if (status == PlanStatus.SUPERSEDED) {
            throw superseded();
        }
        checkCurrent(seenVersion, "accepted");
        if (status == PlanStatus.NEEDS_REVIEW) {
            throw new ConflictException("This plan is waiting for your therapist's review after your latest intake; "
                    + "you can accept it once they have updated it", Map.of("planStatus", status.name(),
                    "reviewReasons", reviewReasons));
        }
    }

    boolean isAccepted(int seenVersion) {
        return status == PlanStatus.ACCEPTED && version == seenVersion;
    }

    private void checkCurrent(Integer seenVersion, String what) {
        if (seenVersion == null || seenVersion != version) {
            throw new ConflictException("Version " + seenVersion + " is not the current version (" + version
                    + ") and cannot be " + what + "; reload the plan, nothing has been lost",
                    Map.of("currentVersion", version));
        }
    }

    private ConflictException superseded() {
        return new ConflictException("This plan has been superseded by a newer plan and can no longer be changed "
                + "or accepted", Map.of("planStatus", status.name()));
    }
}
