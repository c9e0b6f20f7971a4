package org.reliefdesk.interop.fhir.people;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.interop.fhir.FhirAccess;
import org.reliefdesk.interop.fhir.FhirEndpoint;
import org.reliefdesk.interop.fhir.FhirIds;
import org.reliefdesk.interop.fhir.FhirResponses;
import org.reliefdesk.interop.fhir.SearchParameters;
import org.reliefdesk.interop.fhir.Searchsets;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/Appointment?patient=Patient/{id}} (the client's bookings) and {@code GET /fhir/Appointment/{id}}. */
@RestController
@FhirEndpoint
@RequestMapping("/fhir/Appointment")
class AppointmentEndpoint implements ServedResource {

    private final FhirAccess access;
    private final Bookings bookings;
    private final FhirAppointments appointments;
    private final FhirResponses responses;
    private final ReliefDeskSettings settings;

    AppointmentEndpoint(FhirAccess access, Bookings bookings, FhirAppointments appointments, FhirResponses responses,
            ReliefDeskSettings settings) {
        this.access = access;
        this.bookings = bookings;
        this.appointments = appointments;
        this.responses = responses;
        this.settings = settings;
    }

    @GetMapping
    ResponseEntity<String> search(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        UUID clientId = FhirIds.patient(SearchParameters.require(request.getParameterMap(), "patient"), "patient");
        access.read(clientId, user, "Appointment");
        return responses.ok(Searchsets.of(settings, "Appointment?patient=Patient/" + clientId,
                appointments.resources(clientId)));
    }

    @GetMapping("/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String id) {
        Booking booking = bookings.find(FhirIds.parse(id, "Appointment"))
                .orElseThrow(() -> new NotFoundException("Appointment"));
        access.read(booking.clientId(), user, "Appointment");
        return responses.ok(appointments.appointment(booking));
    }

    @Override
    public String resourceType() {
        return "Appointment";
    }

    @Override
    public boolean read() {
        return true;
    }

    @Override
    public List<String> searchParameters() {
        return List.of("patient");
    }
}
