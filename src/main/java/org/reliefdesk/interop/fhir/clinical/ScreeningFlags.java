package org.reliefdesk.interop.fhir.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.hl7.fhir.r4.model.Period;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screenings;
import org.springframework.stereotype.Component;

/**
 * The current screening's flags and restrictions as Flags (a warning to whoever treats the client, never a
 * diagnosis): {@code flag-<intake id>-f<n>} for each flag (its stable code, severity and plain-language message),
 * {@code flag-<intake id>-r<n>} for each restriction (modality, level, areas and reason); status active, category
 * clinical, period from the screening (the intake's submission).
 */
@Component
class ScreeningFlags implements SubjectSection {

    private static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    private final Intakes intakes;
    private final Screenings screenings;

    ScreeningFlags(Intakes intakes, Screenings screenings) {
        this.intakes = intakes;
        this.screenings = screenings;
    }

    @Override
    public String resourceType() {
        return "Flag";
    }

    @Override
    public List<Flag> resources(UUID clientId) {
        return intakes.latest(clientId).map(this::flags).orElse(List.of());
    }

    /** The client and the Flag named by {@code id}, when it belongs to the client's current screening. */
    Optional<Found> find(String id) {
        if (!id.startsWith("flag-") || id.length() < 5 + 36 + 2) {
            return Optional.empty();
        }
        UUID intakeId;
        try {
            intakeId = UUID.fromString(id.substring(5, 41));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return intakes.findById(intakeId).flatMap(intake -> resources(intake.clientId()).stream()
                .filter(flag -> flag.getIdElement().getIdPart().equals(id)).findFirst()
                .map(flag -> new Found(intake.clientId(), flag)));
    }

    record Found(UUID clientId, Flag flag) {
    }

    @Override
    public Optional<Owned> owned(String id) {
        return find(id).map(found -> new Owned(found.clientId(), found.flag()));
    }

    private List<Flag> flags(SubmittedIntake intake) {
        Screening screening = screenings.ofIntake(intake.id()).orElse(null);
        if (screening == null) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        int n = 1;
        for (org.reliefdesk.screening.Flag found : screening.flags()) {
            Flag flag = flag("flag-" + intake.id() + "-f" + n++, intake);
            flag.addCategory(new CodeableConcept().addCoding(new Coding(ProductCodes.FLAG_SEVERITY,
                    found.severity(), null)).setText(severity(found.severity())));
            flag.setCode(new CodeableConcept().addCoding(new Coding(ProductCodes.SCREENING_FLAG, found.code(), null))
                    .setText(found.message()));
            flags.add(flag);
        }
        n = 1;
        for (Restriction restriction : screening.restrictions()) {
            Flag flag = flag("flag-" + intake.id() + "-r" + n++, intake);
            flag.setCode(new CodeableConcept().addCoding(new Coding(ProductCodes.RESTRICTION,
                    restriction.level() + "-" + restriction.modality(), null)).setText(restriction(restriction)));
            flags.add(flag);
        }
        return flags;
    }

    private static Flag flag(String id, SubmittedIntake intake) {
        Flag flag = new Flag();
        flag.setId(id);
        flag.setStatus(FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept().addCoding(new Coding(FLAG_CATEGORY, "clinical", "Clinical")));
        flag.setSubject(Searches.patient(intake.clientId()));
        flag.setPeriod(new Period().setStartElement(Times.dateTime(intake.submittedAt())));
        return flag;
    }

    private static String severity(String severity) {
        return switch (severity) {
            case "URGENT" -> "Urgent: needs medical care before any massage";
            case "CLEARANCE" -> "Needs a physician's clearance before massage";
            case "CAUTION" -> "Caution: changes how we massage";
            default -> "For information";
        };
    }

    /** "Avoid hot stone (Feet): reason" or "Take care with deep pressure: reason". */
    private String restriction(Restriction restriction) {
        String modality = restriction.modality().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        StringBuilder text = new StringBuilder(restriction.level() == RestrictionLevel.AVOID ? "Avoid "
                : "Take care with ").append(modality);
        if (!restriction.areas().isEmpty()) {
            Question areas = intakes.form().question("focus.areas").orElseThrow();
            text.append(" (").append(areas.describe(restriction.areas())).append(')');
        }
        if (restriction.reason() != null && !restriction.reason().isBlank()) {
            text.append(": ").append(restriction.reason());
        }
        return text.toString();
    }
}
