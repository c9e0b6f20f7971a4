package org.reliefdesk.interop.fhir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code Patient/{id}/$everything}: a searchset Bundle of every section of the client's record, the Patient first.
 * FRONT_DESK may not read it (it holds clinical resources); staff reads are audited once.
 */
@Component
public class EverythingBundle {

    private final List<PatientSection> sections;
    private final FhirAccess access;
    private final ReliefDeskSettings settings;

    EverythingBundle(ObjectProvider<PatientSection> sections, FhirAccess access, ReliefDeskSettings settings) {
        this.sections = sections.stream()
                .sorted(Comparator.comparing((PatientSection s) -> !s.resourceType().equals("Patient"))
                        .thenComparing(PatientSection::resourceType))
                .toList();
        this.access = access;
        this.settings = settings;
    }

    public Bundle everything(UUID clientId, ReliefDeskUser user) {
        access.read(clientId, user, "Bundle");
        List<Resource> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.resources(clientId)));
        return Searchsets.of(settings, "Patient/" + clientId + "/$everything", all);
    }
}
