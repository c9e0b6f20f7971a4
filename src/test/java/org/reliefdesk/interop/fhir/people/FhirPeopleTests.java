package org.reliefdesk.interop.fhir.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.reliefdesk.interop.fhir.ServedResource;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.FhirValidation;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** FHIR Patient, Practitioner, Appointment, Consent, $everything and the CapabilityStatement over real HTTP. */
@IntegrationTest
class FhirPeopleTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<ServedResource> served;

    /** A client with two intakes and one booking in every status (the hold expired), and their therapist. */
    record Record(String clientId, String clientEmail, String therapistId, Map<String, String> bookingStatuses) {
    }

    private Record aClientWithEveryKindOfBooking() {
        Scheduling.Practice practice = Scheduling.practice(port, LocalDate.now().plusYears(1));
        Api client = Api.anonymous(port).as(practice.clientEmail(), TestData.PASSWORD);
        assertThat(IntakeFixtures.submit(client, practice.clientId(), IntakeFixtures.episodicMigraine()).status())
                .isEqualTo(201);
        assertThat(IntakeFixtures.submit(client, practice.clientId(), IntakeFixtures.with(
                IntakeFixtures.episodicMigraine(), "consent.shareWithPhysician", false)).status()).isEqualTo(201);
        Map<String, String> statuses = new LinkedHashMap<>();
        Instant day = Instant.now().truncatedTo(ChronoUnit.HOURS);
        int n = 0;
        for (String status : List.of("BOOKED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW")) {
            statuses.put(book(practice, practice.clientId(), day.plus(Duration.ofDays(-10 + 3 * n++)), status, null)
                    .toString(), status);
        }
        statuses.put(book(practice, practice.clientId(), day.plus(Duration.ofDays(9)), "HELD",
                Instant.now().minusSeconds(60)).toString(), "CANCELLED");
        return new Record(practice.clientId(), practice.clientEmail(), practice.therapist(), statuses);
    }

    private UUID book(Scheduling.Practice practice, String clientId, Instant start, String status, Instant holdUntil) {
        UUID location = UUID.fromString(practice.location());
        UUID room = jdbc.sql("select id from room where location_id = :l order by position limit 1")
                .param("l", location).query(UUID.class).single();
        return jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                                     held_until, status, screening_status, cancel_reason, hold_expires_at)
                values (:client, :l, 'MEDICAL_MASSAGE_60', :t, :room, :start, :end, :end, :status, 'CLEARED',
                        :reason, :hold)
                returning id""")
                .param("client", UUID.fromString(clientId)).param("l", location)
                .param("t", UUID.fromString(practice.therapist())).param("room", room)
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(start.plusSeconds(3600)))
                .param("status", status).param("reason", status.equals("CANCELLED") ? "ILLNESS" : null)
                .param("hold", holdUntil == null ? null : java.sql.Timestamp.from(holdUntil))
                .query(UUID.class).single();
    }

    private static <T extends Resource> T valid(Api.Response response, Class<T> type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        List<String> errors = FhirValidation.errors(response.text());
        assertThat(errors).as(type.getSimpleName() + " " + response.text()).isEmpty();
        FhirValidation.warnings(response.text()).forEach(w -> System.out.println("FHIR warning " + w));
        return FHIR.newJsonParser().parseResource(type, response.text());
    }

    @Test
    void everyKindServedIsValidAndTheEverythingBundleHoldsEveryBooking() {
        Record record = aClientWithEveryKindOfBooking();
        Api client = Api.anonymous(port).as(record.clientEmail(), TestData.PASSWORD);

        Patient patient = valid(client.get("/fhir/Patient/" + record.clientId()), Patient.class);
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(record.clientId());
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Test Client");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Client");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Test");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1985-06-15");
        assertThat(patient.getTelecom()).anyMatch(t -> t.getValue().equals(record.clientEmail()));
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("https://reliefdesk.org/fhir/sid/client-id");
        assertThat(patient.getActive()).isTrue();

        Practitioner practitioner = valid(client.get("/fhir/Practitioner/" + record.therapistId()), Practitioner.class);
        var licence = practitioner.getQualificationFirstRep();
        assertThat(licence.getIdentifierFirstRep().getSystem()).isEqualTo("https://reliefdesk.org/fhir/sid/licence/me");
        assertThat(licence.getIdentifierFirstRep().getValue()).isEqualTo("LMT-1");
        assertThat(licence.getPeriod().getEndElement().getValueAsString())
                .isEqualTo(LocalDate.now().plusYears(1).toString());
        assertThat(licence.getCode().getText()).isEqualTo("Licensed massage therapist");
        assertThat(practitioner.getTelecom()).as("a client does not see a therapist's email").isEmpty();

        Bundle appointments = valid(client.get("/fhir/Appointment?patient=Patient/" + record.clientId()), Bundle.class);
        assertThat(appointments.getTotal()).isEqualTo(6);
        for (var booking : record.bookingStatuses().entrySet()) {
            Appointment appointment = valid(client.get("/fhir/Appointment/" + booking.getKey()), Appointment.class);
            assertThat(appointment.getStatus().toCode()).isEqualTo(fhirStatus(booking.getValue()));
            assertThat(appointment.getMinutesDuration()).isEqualTo(60);
            assertThat(appointment.getServiceTypeFirstRep().getCodingFirstRep().getCode())
                    .isEqualTo("MEDICAL_MASSAGE_60");
        }
        assertThat(valid(client.get("/fhir/Appointment?patient=" + record.clientId()), Bundle.class).getTotal())
                .as("a bare id is accepted").isEqualTo(6);

        Bundle consents = valid(client.get("/fhir/Consent?patient=Patient/" + record.clientId()), Bundle.class);
        List<Consent> signed = consents.getEntry().stream().map(e -> (Consent) e.getResource()).toList();
        assertThat(signed).hasSize(4);
        assertThat(signed).filteredOn(c -> c.getStatus() == Consent.ConsentState.ACTIVE).hasSize(2)
                .anySatisfy(c -> {
                    assertThat(c.getScope().getCodingFirstRep().getCode()).isEqualTo("patient-privacy");
                    assertThat(c.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.DENY);
                });

        Bundle everything = valid(client.get("/fhir/Patient/" + record.clientId() + "/$everything"), Bundle.class);
        assertThat(everything.getEntryFirstRep().getResource()).isInstanceOf(Patient.class);
        Map<String, String> found = new LinkedHashMap<>();
        everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Appointment.class::isInstance).map(Appointment.class::cast)
                .forEach(a -> found.put(a.getIdElement().getIdPart(), a.getStatus().toCode()));
        Map<String, String> expected = new LinkedHashMap<>();
        record.bookingStatuses().forEach((id, status) -> expected.put(id, fhirStatus(status)));
        assertThat(found).isEqualTo(expected);
        assertThat(everything.getEntry()).anyMatch(e -> e.getResource() instanceof Practitioner p
                && p.getIdElement().getIdPart().equals(record.therapistId()));
        assertThat(everything.getEntry()).filteredOn(e -> e.getResource() instanceof Consent).hasSize(4);
    }

    @Test
    void aHeldTimeIsAPendingAppointment() {
        Scheduling.Practice practice = Scheduling.practice(port, LocalDate.now().plusYears(1));
        UUID hold = book(practice, practice.clientId(), Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS),
                "HELD", Instant.now().plus(Duration.ofHours(1)));
        Api client = Api.anonymous(port).as(practice.clientEmail(), TestData.PASSWORD);
        Appointment appointment = valid(client.get("/fhir/Appointment/" + hold), Appointment.class);
        assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING);
    }

    private static String fhirStatus(String status) {
        return switch (status) {
            case "BOOKED" -> "booked";
            case "CHECKED_IN" -> "arrived";
            case "COMPLETED" -> "fulfilled";
            case "CANCELLED" -> "cancelled";
            case "NO_SHOW" -> "noshow";
            default -> "pending";
        };
    }

    @Test
    void accessIsTheApisAndStaffReadsAreAudited() {
        Record record = aClientWithEveryKindOfBooking();
        Api anonymous = Api.anonymous(port);
        String booking = record.bookingStatuses().keySet().iterator().next();
        String[] other = Scheduling.clearedClient(port);
        Api otherClient = anonymous.as(other[0], TestData.PASSWORD);
        for (String path : List.of("/fhir/Patient/" + record.clientId(), "/fhir/Appointment/" + booking,
                "/fhir/Appointment?patient=Patient/" + record.clientId(), "/fhir/Consent?patient=" + record.clientId(),
                "/fhir/Patient/" + record.clientId() + "/$everything")) {
            var response = otherClient.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        }

        Api frontDesk = anonymous.as(TestData.createStaff(anonymous, "FRONT_DESK"), TestData.PASSWORD);
        assertThat(frontDesk.get("/fhir/Patient/" + record.clientId()).status()).isEqualTo(200);
        assertThat(frontDesk.get("/fhir/Appointment?patient=Patient/" + record.clientId()).status()).isEqualTo(200);
        assertThat(frontDesk.get("/fhir/Appointment/" + booking).status()).isEqualTo(200);
        assertThat(frontDesk.get("/fhir/Consent?patient=Patient/" + record.clientId()).status()).isEqualTo(403);
        var everything = frontDesk.get("/fhir/Patient/" + record.clientId() + "/$everything");
        assertThat(everything.status()).isEqualTo(403);
        assertThat(everything.json().get("resourceType").asString()).isEqualTo("OperationOutcome");

        String therapistEmail = TestData.createStaff(anonymous, "THERAPIST");
        Api therapist = anonymous.as(therapistEmail, TestData.PASSWORD);
        assertThat(therapist.get("/fhir/Patient/" + record.clientId() + "/$everything").status()).isEqualTo(200);
        Practitioner seenByStaff = FHIR.newJsonParser().parseResource(Practitioner.class,
                therapist.get("/fhir/Practitioner/" + record.therapistId()).text());
        assertThat(seenByStaff.getTelecomFirstRep().getValue()).contains("@");
        assertThat(jdbc.sql("select count(*) from audit_event where client_id = :c and actor = :a and action = 'FHIR_READ'")
                .param("c", UUID.fromString(record.clientId())).param("a", therapistEmail).query(Long.class).single())
                .isPositive();

        var metadata = anonymous.get("/fhir/metadata");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(anonymous.get("/fhir/Practitioner/" + record.therapistId()).status()).isEqualTo(401);
    }

    @Test
    void badSearchesAndUnknownIdsAreOperationOutcomes() {
        Scheduling.Practice practice = Scheduling.practice(port, LocalDate.now().plusYears(1));
        Api client = Api.anonymous(port).as(practice.clientEmail(), TestData.PASSWORD);
        var unsupported = client.get("/fhir/Appointment?patient=Patient/" + practice.clientId() + "&date=2026-01-01");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.text()).contains("OperationOutcome").contains("date");
        var missing = client.get("/fhir/Consent");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("patient");
        var wrongType = client.get("/fhir/Appointment?patient=Practitioner/" + practice.therapist());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).contains("OperationOutcome");
        for (String path : List.of("/fhir/Patient/not-a-uuid", "/fhir/Patient/" + UUID.randomUUID(),
                "/fhir/Practitioner/" + practice.clientId(), "/fhir/Practitioner/x", "/fhir/Appointment/" + UUID.randomUUID(),
                "/fhir/Appointment?patient=Patient/" + UUID.randomUUID())) {
            var response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("resourceType").asString()).as(path).isEqualTo("OperationOutcome");
        }
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsServed() {
        var response = Api.anonymous(port).get("/fhir/metadata");
        CapabilityStatement statement = valid(response, CapabilityStatement.class);
        var rest = statement.getRestFirstRep();
        assertThat(rest.getResource()).extracting(r -> r.getType())
                .containsExactlyInAnyOrderElementsOf(served.stream().map(ServedResource::resourceType).toList());
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getSoftware().getName()).isEqualTo("ReliefDesk");
        var patient = rest.getResource().stream().filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow();
        assertThat(patient.getOperation()).extracting(o -> o.getName()).containsExactly("everything");
        assertThat(patient.getInteraction()).extracting(i -> i.getCode().toCode()).containsExactly("read");
        var appointment = rest.getResource().stream().filter(r -> r.getType().equals("Appointment")).findFirst()
                .orElseThrow();
        assertThat(appointment.getSearchParam()).extracting(p -> p.getName() + ":" + p.getType().toCode())
                .containsExactly("patient:reference");
        assertThat(appointment.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactly("read", "search-type");
    }
}
