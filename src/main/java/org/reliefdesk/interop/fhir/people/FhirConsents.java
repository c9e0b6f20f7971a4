package org.reliefdesk.interop.fhir.people;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.reliefdesk.interop.fhir.FhirSystems;
import org.reliefdesk.interop.fhir.PatientSection;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.stereotype.Component;

/**
 * The consent a client signs with each intake, as two Consents: to treatment ({@code consent.treatment}, scope
 * treatment) and to the therapist writing to their physician ({@code consent.shareWithPhysician}, scope
 * patient-privacy, a provision permitting or denying disclosure). The newest intake's are active, earlier ones
 * inactive (each intake is signed afresh). Ids: {@code <intake id>-treatment} and {@code <intake id>-physician}.
 */
@Component
class FhirConsents implements PatientSection {

    static final String SCOPES = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    static final String ACTIONS = "http://terminology.hl7.org/CodeSystem/consentaction";

    private final Intakes intakes;

    FhirConsents(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public String resourceType() {
        return "Consent";
    }

    /** Newest intake first. */
    @Override
    public List<Consent> resources(UUID clientId) {
        List<Consent> consents = new ArrayList<>();
        boolean newest = true;
        for (SubmittedIntake intake : submitted(clientId)) {
            consents.add(treatment(intake, newest));
            consents.add(physician(intake, newest));
            newest = false;
        }
        return consents;
    }

    private List<SubmittedIntake> submitted(UUID clientId) {
        List<SubmittedIntake> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Paged<SubmittedIntake> items = intakes.list(clientId, PageParams.of(page, PageParams.MAX_SIZE));
            all.addAll(items.items());
            if (items.items().size() < PageParams.MAX_SIZE) {
                return all;
            }
        }
    }

    private static Consent treatment(SubmittedIntake intake, boolean newest) {
        Consent consent = base(intake, newest, "treatment", "treatment", "Consent to treatment");
        consent.getProvision().setType(intake.answers().bool("consent.treatment")
                ? ConsentProvisionType.PERMIT : ConsentProvisionType.DENY);
        return Narratives.summary(consent, "Consent to treatment (" + consent.getProvision().getType().toCode()
                + "), signed with intake " + intake.version());
    }

    private static Consent physician(SubmittedIntake intake, boolean newest) {
        Consent consent = base(intake, newest, "physician", "patient-privacy",
                "Consent to the practice writing to the physician the client named");
        consent.getProvision().setType(intake.answers().bool("consent.shareWithPhysician")
                ? ConsentProvisionType.PERMIT : ConsentProvisionType.DENY)
                .addAction(new CodeableConcept().setText("Disclose to the client's physician")
                        .addCoding(new org.hl7.fhir.r4.model.Coding(ACTIONS, "disclose", "Disclose")));
        return Narratives.summary(consent, "Writing to the client's physician: " + consent.getProvision().getType()
                .toCode() + ", signed with intake " + intake.version());
    }

    private static Consent base(SubmittedIntake intake, boolean newest, String kind, String scope, String text) {
        Consent consent = new Consent();
        consent.setId(intake.id() + "-" + kind);
        consent.setStatus(newest ? ConsentState.ACTIVE : ConsentState.INACTIVE);
        consent.getScope().setText(scope).addCoding().setSystem(SCOPES).setCode(scope);
        consent.addCategory().setText(text).addCoding().setSystem(LOINC).setCode("59284-0");
        Reference patient = new Reference("Patient/" + intake.clientId());
        consent.setPatient(patient);
        consent.addPerformer(patient.copy());
        consent.setDateTimeElement(signedAt(intake));
        consent.addPolicy().setUri(FhirSystems.INTAKE_CONSENT_POLICY + "/v" + intake.formVersion());
        return consent;
    }

    /** When the client signed ({@code consent.signedAt}, set by the server), else when the intake was submitted. */
    private static DateTimeType signedAt(SubmittedIntake intake) {
        String signed = intake.answers().text("consent.signedAt");
        if (signed != null) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(signed);
                return new DateTimeType(Date.from(at.toInstant()), DateTimeType.DEFAULT_PRECISION,
                        TimeZone.getTimeZone(at.getOffset()));
            } catch (RuntimeException e) {
                // fall back to the submission time
            }
        }
        return new DateTimeType(Date.from(intake.submittedAt()), DateTimeType.DEFAULT_PRECISION,
                TimeZone.getTimeZone("UTC"));
    }
}
