package org.reliefdesk.interop.fhir.people;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.reliefdesk.interop.fhir.FhirSystems;
import org.reliefdesk.interop.fhir.PatientSection;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.stereotype.Component;

/**
 * A booking as an Appointment: status mapped (BOOKED booked, CHECKED_IN arrived, COMPLETED fulfilled, CANCELLED
 * cancelled — an expired hold too —, NO_SHOW noshow, HELD pending), the service as service type, the client and the
 * therapist as participants, the reason of a cancellation.
 */
@Component
class FhirAppointments implements PatientSection {

    private final Bookings bookings;
    private final Services services;

    FhirAppointments(Bookings bookings, Services services) {
        this.bookings = bookings;
        this.services = services;
    }

    @Override
    public String resourceType() {
        return "Appointment";
    }

    @Override
    public List<Appointment> resources(UUID clientId) {
        Map<String, String> names = new HashMap<>();
        return bookings.all(new Bookings.Filter(null, null, null, null, clientId, null)).stream()
                .map(b -> appointment(b, names)).toList();
    }

    Appointment appointment(Booking booking) {
        return appointment(booking, new HashMap<>());
    }

    static AppointmentStatus status(BookingStatus status) {
        return switch (status) {
            case HELD -> AppointmentStatus.PENDING;
            case BOOKED -> AppointmentStatus.BOOKED;
            case CHECKED_IN -> AppointmentStatus.ARRIVED;
            case COMPLETED -> AppointmentStatus.FULFILLED;
            case CANCELLED -> AppointmentStatus.CANCELLED;
            case NO_SHOW -> AppointmentStatus.NOSHOW;
        };
    }

    private Appointment appointment(Booking booking, Map<String, String> serviceNames) {
        Appointment appointment = new Appointment();
        appointment.setId(booking.id().toString());
        appointment.setStatus(status(booking.status()));
        String service = serviceNames.computeIfAbsent(booking.serviceCode(),
                code -> services.find(code).map(Service::name).orElse(code));
        appointment.addServiceType().setText(service).addCoding().setSystem(FhirSystems.SERVICE)
                .setCode(booking.serviceCode()).setDisplay(service);
        TimeZone zone = TimeZone.getTimeZone(booking.timeZone());
        appointment.setStartElement(new InstantType(Date.from(booking.start()), InstantType.DEFAULT_PRECISION, zone));
        appointment.setEndElement(new InstantType(Date.from(booking.end()), InstantType.DEFAULT_PRECISION, zone));
        appointment.setMinutesDuration((int) Duration.between(booking.start(), booking.end()).toMinutes());
        appointment.addParticipant().setActor(new Reference("Patient/" + booking.clientId())
                        .setDisplay(booking.clientName()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        appointment.addParticipant().setActor(new Reference("Practitioner/" + booking.therapistId())
                        .setDisplay(booking.therapistName()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        if (booking.status() == BookingStatus.CANCELLED) {
            cancellation(appointment, booking);
        }
        return Narratives.summary(appointment, service + " with " + booking.therapistName() + ", "
                + booking.localStart() + " (" + appointment.getStatus().toCode() + ")");
    }

    private static void cancellation(Appointment appointment, Booking booking) {
        String reason = booking.cancelReason();
        if (reason == null) {
            appointment.getCancelationReason().setText("Cancelled");
            return;
        }
        String words = reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        appointment.getCancelationReason().setText(words).addCoding().setSystem(FhirSystems.CANCEL_REASON)
                .setCode(reason).setDisplay(words);
    }
}
