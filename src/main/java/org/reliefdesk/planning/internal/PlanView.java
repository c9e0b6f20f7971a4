package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan as the API shows it: the current version's blocks, plus (added to API.md's fields)
 * the client, the service, the accepted version and the one in force, and why it needs review:
 * {@code reviewReasons} in the reader's language (English as always; a reason stored before V103 as stored) and
 * {@code reviewReasonCodes}, the same reasons as codes with their values (empty for reasons stored before V103),
 * and the language its proposed texts are in ({@code language}: "en" or "es", the client's when it was proposed).
 */
record PlanView(UUID id, UUID clientId, String serviceCode, String status, int version, int totalMinutes,
        Integer acceptedVersion, Integer inForceVersion, List<String> reviewReasons, List<PlanBlock> blocks,
        Instant createdAt, Instant updatedAt, List<RuleText> reviewReasonCodes, String language) {

    static PlanView of(SessionPlan plan, List<PlanBlock> blocks, List<String> reviewReasons) {
        return new PlanView(plan.id(), plan.clientId(), plan.serviceCode(), plan.status().name(), plan.version(),
                blocks.stream().mapToInt(PlanBlock::minutesOrZero).sum(), plan.acceptedVersion(),
                plan.inForceVersion(), reviewReasons, blocks, plan.createdAt(), plan.updatedAt(), plan.reviewCodes(),
                plan.language());
    }
}
