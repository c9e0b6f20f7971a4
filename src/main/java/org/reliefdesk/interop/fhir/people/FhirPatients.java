package org.reliefdesk.interop.fhir.people;

import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.interop.fhir.FhirSystems;
import org.reliefdesk.interop.fhir.PatientSection;
import org.springframework.stereotype.Component;

/** The client as a Patient: name, birth date, phone and email, the client id as identifier; inactive when closed. */
@Component
class FhirPatients implements PatientSection {

    private final Clients clients;
    private final Accounts accounts;

    FhirPatients(Clients clients, Accounts accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    @Override
    public String resourceType() {
        return "Patient";
    }

    @Override
    public List<Patient> resources(UUID clientId) {
        return clients.find(clientId).map(this::patient).stream().toList();
    }

    Patient patient(Client client) {
        Patient patient = new Patient();
        patient.setId(client.id().toString());
        patient.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(FhirSystems.CLIENT_ID)
                .setValue(client.id().toString());
        patient.setActive(accounts.find(client.userId()).map(UserAccount::enabled).orElse(false));
        patient.addName(Names.of(client.fullName()));
        if (client.dateOfBirth() != null) {
            patient.getBirthDateElement().setValueAsString(client.dateOfBirth().toString());
        }
        if (client.phone() != null && !client.phone().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(client.phone());
        }
        if (client.email() != null && !client.email().isBlank()) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(client.email());
        }
        return Narratives.summary(patient, client.fullName() + (client.dateOfBirth() == null ? ""
                : ", born " + client.dateOfBirth()));
    }
}
