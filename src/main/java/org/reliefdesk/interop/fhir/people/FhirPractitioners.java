package org.reliefdesk.interop.fhir.people;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.interop.fhir.FhirSystems;
import org.reliefdesk.interop.fhir.PatientSection;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.TherapistLicences;
import org.springframework.stereotype.Component;

/**
 * A therapist as a Practitioner: name, the licence as a qualification (its number in a system naming the region,
 * valid until its expiry) and, for staff readers only as in the API, the work email. In a client's record: the
 * therapists of their bookings.
 */
@Component
class FhirPractitioners implements PatientSection {

    static final String LICENSED = "Licensed massage therapist";

    private final Accounts accounts;
    private final TherapistLicences licences;
    private final Bookings bookings;

    FhirPractitioners(Accounts accounts, TherapistLicences licences, Bookings bookings) {
        this.accounts = accounts;
        this.licences = licences;
        this.bookings = bookings;
    }

    @Override
    public String resourceType() {
        return "Practitioner";
    }

    @Override
    public List<Practitioner> resources(UUID clientId) {
        return bookings.all(new Bookings.Filter(null, null, null, null, clientId, null)).stream()
                .map(Booking::therapistId).distinct().map(id -> find(id, false)).flatMap(Optional::stream).toList();
    }

    /** The therapist {@code id}; empty when no therapist has it. {@code withEmail}: staff readers. */
    Optional<Practitioner> find(UUID id, boolean withEmail) {
        if (!licences.isTherapist(id)) {
            return Optional.empty();
        }
        return accounts.find(id).map(account -> {
            Practitioner practitioner = new Practitioner();
            practitioner.setId(id.toString());
            practitioner.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(FhirSystems.THERAPIST_ID)
                    .setValue(id.toString());
            practitioner.setActive(account.enabled());
            practitioner.addName(Names.of(account.fullName()));
            if (withEmail && account.email() != null) {
                practitioner.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                        .setUse(ContactPoint.ContactPointUse.WORK).setValue(account.email());
            }
            Optional<TherapistLicences.Licence> licence = licences.of(id);
            licence.ifPresent(l -> qualification(practitioner, l));
            return Narratives.summary(practitioner, account.fullName() + licence
                    .map(l -> ", " + LICENSED.toLowerCase(java.util.Locale.ROOT) + ", licence " + l.number() + " ("
                            + l.region() + ")").orElse(""));
        });
    }

    private static void qualification(Practitioner practitioner, TherapistLicences.Licence licence) {
        var qualification = practitioner.addQualification();
        qualification.addIdentifier().setSystem(FhirSystems.licence(licence.region())).setValue(licence.number());
        qualification.getCode().setText(LICENSED);
        if (licence.expiresOn() != null) {
            qualification.getPeriod().getEndElement().setValueAsString(licence.expiresOn().toString());
        }
        if (!Objects.toString(licence.region(), "").isBlank()) {
            qualification.getIssuer().setDisplay(licence.region());
        }
    }
}
