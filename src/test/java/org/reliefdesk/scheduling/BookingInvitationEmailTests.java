package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Booking emails as an inbox receives them: from the practice (its name, the configured address, a Reply-To to
 * the practice's email), text and HTML alternatives with the session's calendar file attached — one UID, SEQUENCE
 * 0 and then 1 after a move, the location's VTIMEZONE — and in Spanish for a client who reads Spanish.
 */
@IntegrationTest
class BookingInvitationEmailTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(15);

    @LocalServerPort
    int port;
    @Autowired
    Practice practice;

    @Test
    void aBookingAndItsMoveComeFromThePracticeWithAnInvitationWhoseSequenceCountsTheMoves() throws Exception {
        Practice.Details before = practice.details();
        practice.update(new Practice.Details(before.name(), before.address(), before.phone(), "desk@harbour.example",
                before.website()));
        try {
            String[] place = place();
            String email = TestData.uniqueEmail("invited");
            Client client = clearedClient(email);
            String id = client.post("/api/v1/bookings", booking(place, client, email, "10:00")).json().get("id").asString();

            MimeMessage booked = Mailbox.await(email, 1).get(0);
            InternetAddress from = (InternetAddress) booked.getFrom()[0];
            assertThat(from.getPersonal()).isEqualTo(before.name());
            assertThat(from.getAddress()).isEqualTo("no-reply@reliefdesk.local");
            assertThat(((InternetAddress) booked.getReplyTo()[0]).getAddress()).isEqualTo("desk@harbour.example");
            assertThat(booked.getContentType()).startsWith("multipart/mixed");
            assertThat(Mailbox.body(booked)).contains("Your session is booked");
            assertThat(Mailbox.html(booked)).contains("<html lang=\"en\"", "Your session is booked", "role=\"presentation\"",
                    "mailto:desk@harbour.example");
            VEvent first = invitation(booked, "REQUEST");
            assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
            assertThat(first.getProperty("UID").orElseThrow().getValue()).isEqualTo(id + "@reliefdesk");

            client.post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", BookingApiTests.at(DAY, "14:00")));
            VEvent moved = invitation(Mailbox.await(email, 2).get(1), "REQUEST");
            assertThat(moved.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
            assertThat(moved.getProperty("UID").orElseThrow().getValue()).isEqualTo(id + "@reliefdesk");
            assertThat(moved.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=America/New_York", "T140000");

            client.post("/api/v1/bookings/" + id + "/cancel", Map.of());
            VEvent cancelled = invitation(Mailbox.await(email, 3).get(2), "CANCEL");
            assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        } finally {
            practice.update(before);
        }
    }

    @Test
    void aSpanishReadingClientGetsHerEmailInSpanish() throws Exception {
        String[] place = place();
        String email = TestData.uniqueEmail("espanol");
        Client client = clearedClient(email);
        assertThat(client.api().put("/api/v1/clients/" + client.id(), Map.of("preferredLanguage", "es")).status()).isEqualTo(200);
        client.post("/api/v1/bookings", booking(place, client, email, "11:00"));

        MimeMessage booked = Mailbox.await(email, 1).get(0);
        assertThat(booked.getSubject()).startsWith("Cita reservada: ");
        assertThat(Mailbox.body(booked)).contains("Hola, ", "Su sesión está reservada.", "de 11:00 a 12:00",
                "Política de cancelación").doesNotContain("Cancellation", "Your session");
        assertThat(Mailbox.html(booked)).contains("<html lang=\"es\"", "Su sesión está reservada.");
        assertThat(invitation(booked, "REQUEST").getProperty("SUMMARY").orElseThrow().getValue()).contains(" con ");
    }

    private String[] place() {
        var location = Scheduling.admin(port).post("/api/v1/locations", Map.of("name", "Harbour " + TestData.uniqueEmail("h"),
                "timeZone", "America/New_York", "rooms", List.of(Map.of("name", "Room A")), "bufferMinutes", 0,
                "lateCancelHours", 24, "address", "12 Harbour Street, Portland, ME")).json();
        String locationId = location.get("id").asString();
        String therapist = Scheduling.therapist(port, locationId, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "00:00",
                "24:00");
        return new String[] {locationId, therapist};
    }

    /** A client signed in, with an intake; the client's id. */
    record Client(Api api, String id) {
        Api.Response post(String path, Object body) {
            return api.post(path, body);
        }
    }

    private Client clearedClient(String email) {
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        Api client = Api.anonymous(port).as(email, TestData.PASSWORD);
        assertThat(IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine()).status()).isEqualTo(201);
        return new Client(client, clientId);
    }

    private static Map<String, Object> booking(String[] place, Client client, String email, String time) {
        return Map.of("clientId", client.id(), "locationId", place[0], "serviceCode", "MEDICAL_MASSAGE_60",
                "start", BookingApiTests.at(DAY, time), "therapistId", place[1]);
    }

    private static VEvent invitation(MimeMessage message, String method) throws Exception {
        List<MimeBodyPart> files = Mailbox.attachments(message);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName()).isEqualTo("session.ics");
        assertThat(files.get(0).getContentType()).contains("text/calendar", "method=" + method);
        Calendar calendar;
        try (InputStream in = files.get(0).getInputStream()) {
            calendar = new CalendarBuilder().build(in);
        }
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        assertThat(calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York");
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }
}
