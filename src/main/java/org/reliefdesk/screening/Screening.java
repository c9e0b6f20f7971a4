package org.reliefdesk.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The screening of one submitted intake. {@code status} already reflects a recorded clearance
 * (then {@code clearance} is present); flags and restrictions are kept either way.
 */
public record Screening(UUID intakeId, UUID clientId, int intakeVersion, ScreeningStatus status, List<Flag> flags,
        List<Restriction> restrictions, HeadachePattern headachePattern, Midas midas, Clearance clearance) {

    public record HeadachePattern(String suggestion, List<String> criteriaMet, boolean medicationOveruseRisk) {
    }

    public record Midas(int score, String grade) {
    }

    public record Clearance(String clearedBy, LocalDate clearedOn, String recordedBy, String note) {
    }

    /** The strongest restriction on this modality for this area (AVOID over CAUTION), or null. */
    public Restriction strongest(Modality modality, String area) {
        Restriction found = null;
        for (Restriction r : restrictions) {
            if (r.modality() == modality && r.appliesTo(area)
                    && (found == null || r.level() == RestrictionLevel.AVOID)) {
                found = r;
            }
        }
        return found;
    }

    /** Massage may go ahead: CLEARED (with or without a recorded clearance). */
    public boolean allowsMassage() {
        return status == ScreeningStatus.CLEARED;
    }
}
