package org.reliefdesk.interop.fhir.clinical;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.MidasCheckInHistory;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/**
 * Diary days and MIDAS scores as Observations (category survey, status final).
 * <p>
 * A diary day is one Observation {@code diary-<client id>-<yyyyMMdd>} (code {@code diary#diary-day}) with one
 * component per measure: headache yes/no, peak pain 0–10 as LOINC 72514-3 (headache days), duration in hours
 * (UCUM h), acute medication taken yes/no, one component per medication kind and per trigger (coded with the
 * intake's option code systems); the client's note as {@code note}.
 * <p>
 * A MIDAS score is one Observation with {@code code.text} "MIDAS score" and the total as {@code valueInteger}:
 * {@code midas-<intake id>} for an intake's (derived from its QuestionnaireResponse) and {@code midas-<check-in
 * id>} for a check-in, effective when answered.
 */
@Component
class DiaryObservations implements SubjectSection {

    static final String PAIN_LOINC = "72514-3";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> MIDAS_SCORED = List.of("midas.q1", "midas.q2", "midas.q3", "midas.q4",
            "midas.q5");

    private final Diary diary;
    private final Intakes intakes;
    private final MidasCheckInHistory checkIns;
    private final IntakeQuestionnaire questionnaire;

    DiaryObservations(Diary diary, Intakes intakes, MidasCheckInHistory checkIns, IntakeQuestionnaire questionnaire) {
        this.diary = diary;
        this.intakes = intakes;
        this.checkIns = checkIns;
        this.questionnaire = questionnaire;
    }

    @Override
    public String resourceType() {
        return "Observation";
    }

    /** Diary days oldest first, then MIDAS scores oldest first. */
    @Override
    public List<Observation> resources(UUID clientId) {
        List<Observation> result = new ArrayList<>();
        for (DiaryEntry entry : diary.between(clientId, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
            result.add(day(clientId, entry));
        }
        List<Observation> midas = new ArrayList<>();
        for (SubmittedIntake intake : intakes.list(clientId, PageParams.of(0, PageParams.MAX_SIZE)).items()) {
            midas(intake).ifPresent(midas::add);
        }
        checkIns.all(clientId).forEach(c -> midas.add(midas(c)));
        midas.sort(Comparator.comparing(o -> o.getEffectiveDateTimeType().getValue()));
        result.addAll(midas);
        return result;
    }

    /** The client and the Observation named by {@code id}, if it exists. */
    Optional<Found> find(String id) {
        try {
            if (id.startsWith("diary-") && id.length() == "diary-".length() + 36 + 1 + 8) {
                UUID client = UUID.fromString(id.substring(6, 42));
                LocalDate date = LocalDate.parse(id.substring(43), DAY);
                return diary.on(client, date).map(entry -> new Found(client, day(client, entry)));
            }
            if (id.startsWith("midas-")) {
                UUID uuid = UUID.fromString(id.substring(6));
                Optional<Found> intake = intakes.findById(uuid)
                        .flatMap(i -> midas(i).map(o -> new Found(i.clientId(), o)));
                return intake.isPresent() ? intake
                        : checkIns.find(uuid).map(c -> new Found(c.clientId(), midas(c)));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    record Found(UUID clientId, Observation observation) {
    }

    @Override
    public Optional<Owned> owned(String id) {
        return find(id).map(found -> new Owned(found.clientId(), found.observation()));
    }

    static String dayId(UUID clientId, LocalDate date) {
        return "diary-" + clientId + "-" + date.format(DAY);
    }

    private Observation day(UUID clientId, DiaryEntry entry) {
        Observation observation = survey(dayId(clientId, entry.date()), clientId,
                ProductCodes.concept(ProductCodes.DIARY, "diary-day", "Headache diary day"));
        observation.setEffective(new DateTimeType(entry.date().toString()));
        observation.addPerformer(Searches.patient(clientId));
        component(observation, "headache", "Headache", new BooleanType(entry.headache()));
        if (entry.peakIntensity() != null) {
            observation.addComponent().setCode(ProductCodes.concept(ProductCodes.LOINC, PAIN_LOINC,
                            "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                    .setValue(new IntegerType(entry.peakIntensity()));
        }
        if (entry.durationHours() != null) {
            component(observation, "headache-duration", "Headache duration", new Quantity()
                    .setValue(entry.durationHours()).setUnit("h").setSystem(ProductCodes.UCUM).setCode("h"));
        }
        component(observation, "acute-medication", "Acute medication taken",
                new BooleanType(entry.tookAcuteMedication()));
        Question kinds = intakes.form().question("headache.acuteMedicationKinds").orElseThrow();
        for (String kind : entry.acuteMedication()) {
            component(observation, "acute-medication-kind", "Acute medication kind", concept(kinds, kind));
        }
        Question triggers = intakes.form().question("headache.triggers").orElseThrow();
        for (String trigger : entry.triggers()) {
            component(observation, "trigger", "Trigger", concept(triggers, trigger));
        }
        if (entry.note() != null) {
            observation.addNote().setText(entry.note());
        }
        return observation;
    }

    private CodeableConcept concept(Question question, String value) {
        Coding coding = questionnaire.coding(question, value);
        return new CodeableConcept().addCoding(coding).setText(coding.getDisplay());
    }

    private static void component(Observation observation, String code, String display, Type value) {
        observation.addComponent().setCode(ProductCodes.concept(ProductCodes.DIARY, code, display)).setValue(value);
    }

    private Optional<Observation> midas(SubmittedIntake intake) {
        if (MIDAS_SCORED.stream().anyMatch(code -> intake.answers().integer(code) == null)) {
            return Optional.empty();
        }
        int score = MIDAS_SCORED.stream().mapToInt(code -> intake.answers().integer(code)).sum();
        Observation observation = midas("midas-" + intake.id(), intake.clientId(), score);
        observation.setEffective(Times.dateTime(intake.submittedAt()));
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + intake.id()));
        return Optional.of(observation);
    }

    private Observation midas(MidasCheckIn checkIn) {
        Observation observation = midas("midas-" + checkIn.id(), checkIn.clientId(), checkIn.score());
        observation.setEffective(Times.dateTime(checkIn.recordedAt()));
        return observation;
    }

    private static Observation midas(String id, UUID clientId, int score) {
        CodeableConcept code = ProductCodes.concept(ProductCodes.OUTCOME, "midas-score", "MIDAS score");
        Observation observation = survey(id, clientId, code);
        observation.setValue(new IntegerType(score));
        observation.addNote().setText("MIDAS grade " + MidasCheckIn.grade(score)
                + " (I 0-5, II 6-10, III 11-20, IV 21 and over)");
        observation.addPerformer(Searches.patient(clientId));
        return observation;
    }

    private static Observation survey(String id, UUID clientId, CodeableConcept code) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        observation.setCode(code);
        observation.setSubject(Searches.patient(clientId));
        return observation;
    }
}
