package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One saved version of a plan: its blocks, who saved it, and its acceptance (signature) if any. */
record PlanVersion(int version, int totalMinutes, UUID intakeId, Instant savedAt, String savedBy, Instant acceptedAt,
        String signature, List<PlanBlock> blocks) {

    public boolean accepted() {
        return acceptedAt != null;
    }
}
