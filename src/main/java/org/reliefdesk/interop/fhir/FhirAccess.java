package org.reliefdesk.interop.fhir;

import java.util.Set;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The API's access rules for {@code /fhir}: a client only their own record (another's is a 404), FRONT_DESK
 * Patient and Appointment only (403 otherwise), clinicians everything; every staff read is audited.
 */
@Component
public class FhirAccess {

    private static final Set<String> FRONT_DESK_TYPES = Set.of("Patient", "Appointment");

    private final ClientAccess access;

    FhirAccess(ClientAccess access) {
        this.access = access;
    }

    /** The client, when {@code user} may read their resources of {@code resourceType}; audited for staff. */
    public Client read(UUID clientId, ReliefDeskUser user, String resourceType) {
        Client client = access.profile(clientId, user);
        if (user.isStaff() && !user.isClinician() && !FRONT_DESK_TYPES.contains(resourceType)) {
            throw new ForbiddenException("Front desk reads Patient and Appointment only");
        }
        access.recordRead(user, clientId, "FHIR_READ", resourceType, clientId);
        return client;
    }
}
