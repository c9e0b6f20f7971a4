package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.shared.ConflictException;

/**
 * A client's session plan: one id, a {@code version} raised by every saved change (the optimistic
 * lock), the last version the client accepted and the one in force (none while it NEEDS_REVIEW).
 * Why it needs review is kept as English text ({@code reviewReasons}) and, since V103, as codes with values
 * ({@code reviewCodes}, one per reason) that pages say in the reader's language.
 * The verbs guard the lifecycle of CLINICAL.md section 7 and answer 409 when it forbids the step.
 * {@code language} is the language its proposed texts were written in ("en", "es"): the client's when proposed.
 */
record SessionPlan(UUID id, UUID clientId, String serviceCode, PlanStatus status, int version,
        Integer acceptedVersion, Integer inForceVersion, List<String> reviewReasons, Instant createdAt,
        Instant updatedAt, List<RuleText> reviewCodes, String language) {

    SessionPlan {
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
        reviewCodes = reviewCodes == null ? List.of() : List.copyOf(reviewCodes);
        language = language == null ? PlanWords.ENGLISH : language;
    }

    /** A plan whose review reasons are only text (stored before they were kept as codes), proposed in English. */
    SessionPlan(UUID id, UUID clientId, String serviceCode, PlanStatus status, int version, Integer acceptedVersion,
            Integer inForceVersion, List<String> reviewReasons, Instant createdAt, Instant updatedAt) {
        this(id, clientId, serviceCode, status, version, acceptedVersion, inForceVersion, reviewReasons, createdAt,
                updatedAt, null, null);
    }

    /** An edit is based on {@code seenVersion}: refused when superseded or stale. */
    void checkEditable(Integer seenVersion) {
        if (status == PlanStatus.SUPERSEDED) {
            throw superseded();
        }
        checkCurrent(seenVersion, "saved");
    }

    /**
     * The client accepts {@code seenVersion}: it must be current and not superseded or waiting for review (then the
     * 409 carries {@code reasons}, the review reasons in the reader's language).
     */
    void checkAcceptable(Integer seenVersion, List<String> reasons) {
        if (status == PlanStatus.SUPERSEDED) {
            throw superseded();
        }
        checkCurrent(seenVersion, "accepted");
        if (status == PlanStatus.NEEDS_REVIEW) {
            throw new ConflictException("This plan is waiting for your therapist's review after your latest intake; "
                    + "you can accept it once they have updated it", Map.of("planStatus", status.name(),
                    "reviewReasons", reasons));
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
