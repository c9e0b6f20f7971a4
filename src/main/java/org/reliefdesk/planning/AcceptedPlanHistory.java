package org.reliefdesk.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every plan version a client accepted, with where it stands now and what each block does and why (its technique,
 * area, minutes, rationale and evidence, with their names), for records read by others (the FHIR CarePlans);
 * implemented by planning.
 */
public interface AcceptedPlanHistory {

    /** The client's accepted plan versions, oldest first (empty when none). */
    List<AcceptedPlan> of(UUID clientId);

    /** One accepted version (empty when unknown or never accepted). */
    Optional<AcceptedPlan> find(UUID planId, int version);

    /** IN_FORCE: the version in force; ON_HOLD: its plan waits for review; REPLACED: a later one took over. */
    enum Standing {
        IN_FORCE, ON_HOLD, REPLACED
    }

    /**
     * One accepted version; {@code replacedAt} is when a later accepted version (or a newer plan) took over.
     */
    record AcceptedPlan(UUID planId, UUID clientId, int version, String serviceCode, Standing standing,
            Instant savedAt, Instant acceptedAt, Instant replacedAt, List<Step> steps) {

        public AcceptedPlan {
            steps = List.copyOf(steps);
        }
    }

    /** A block of the plan; {@code area} and {@code areaName} are null for a consultation. */
    record Step(int order, int minutes, String phase, String area, String areaName, String technique,
            String techniqueName, int pressure, String rationale, List<Citation> evidence, String note) {

        public Step {
            evidence = List.copyOf(evidence);
        }
    }

    /** A study a block cites: its catalogue id and the citation. */
    record Citation(String id, String citation) {
    }
}
