package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every booking message, read back from the test SMTP server, carries the date, the time in the
 * location's zone, the place, the therapist and the cancellation policy — and nothing about the
 * client's health, though this client's intake is all about migraine.
 */
@IntegrationTest
class BookingEmailTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(12);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    /** Words from the intake, the screening and plans that must never reach an inbox. */
    static final List<String> CLINICAL = List.of("migraine", "headache", "aura", "screening", "cleared", "clearance",
            "urgent", "intake", "midas", "triptan", "nsaid", "nausea", "temples", "diagnos", "plan", "pressure",
            "stress", "poor_sleep", "physician", "mira patel");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void confirmationMoveCancellationReminderCourseAndOfferEachCarryTheFactsAndThePolicyOnly() throws Exception {
        var location = Scheduling.admin(port).post("/api/v1/locations", Map.of("name", "Quayside Rooms " + TestData.uniqueEmail("q"),
                "timeZone", "America/New_York", "rooms", List.of(Map.of("name", "Room A")), "bufferMinutes", 15,
                "lateCancelHours", 48, "address", "3 Quay Road, Portland, ME", "offerHoldMinutes", 90)).json();
        String locationId = location.get("id").asString();
        assertThat(location.get("address").asString()).isEqualTo("3 Quay Road, Portland, ME");
        String therapist = Scheduling.therapist(port, locationId, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "00:00", "24:00");
        String therapistName = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("fullName").asString();
        String email = TestData.uniqueEmail("mailed");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        Api client = Api.anonymous(port).as(email, TestData.PASSWORD);
        var intake = IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine());
        assertThat(intake.status()).as(intake.text()).isEqualTo(201);
        Map<String, Object> booking = Map.of("clientId", clientId, "locationId", locationId,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, "10:00"), "therapistId", therapist);

        String id = client.post("/api/v1/bookings", booking).json().get("id").asString();
        check(Mailbox.await(email, 1).get(0), "Booked:", "Your session is booked", DAY, "10:00 AM to 11:00 AM", therapistName);

        client.post("/api/v1/bookings/" + id + "/reschedule", Map.of("start", BookingApiTests.at(DAY, "14:00")));
        MimeMessage moved = Mailbox.await(email, 2).get(1);
        check(moved, "Moved:", "Your session has moved", DAY, "2:00 PM to 3:00 PM", therapistName);
        assertThat(Mailbox.body(moved)).contains("It was on " + DATE.format(DAY) + " at 10:00 AM");

        String waiting = TestData.uniqueEmail("waiting");
        String waitingId = TestData.registerClient(Api.anonymous(port), waiting);
        org.reliefdesk.support.TestScreenings.set(waitingId, "CLEARED");
        assertThat(Scheduling.admin(port).post("/api/v1/waitlist", Map.of("clientId", waitingId, "locationId", locationId,
                "serviceCode", "MEDICAL_MASSAGE_60", "date", DAY.toString())).status()).isEqualTo(201);

        client.post("/api/v1/bookings/" + id + "/cancel", Map.of());
        check(Mailbox.await(email, 3).get(2), "Cancelled:", "Your session is cancelled", DAY, "2:00 PM to 3:00 PM", therapistName);
        MimeMessage offer = Mailbox.await(waiting, 1).get(0);
        check(offer, "A time is free", "We are holding it for you until", DAY, "2:00 PM to 3:00 PM", therapistName);
        assertThat(Mailbox.body(offer)).containsPattern("/waitlist/offers/[0-9a-f-]{36}");

        var course = client.post("/api/v1/courses", Map.of("clientId", clientId, "locationId", locationId,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY.plusDays(1), "09:00"), "sessions", 3,
                "intervalDays", 7, "therapistId", therapist));
        assertThat(course.status()).as(course.text()).isEqualTo(201);
        MimeMessage courseMail = Mailbox.await(email, 4).get(3);
        check(courseMail, "course of 3 sessions", "Your course of 3 sessions is booked", DAY.plusDays(1),
                "9:00 AM to 10:00 AM", therapistName);
        assertThat(Mailbox.body(courseMail)).contains("3. " + DATE.format(DAY.plusDays(15)));

        ZonedDateTime soon = ZonedDateTime.now(BookingApiTests.NEW_YORK).plusHours(5).withMinute(0).withSecond(0).withNano(0);
        String soonId = client.post("/api/v1/bookings", Map.of("clientId", clientId, "locationId", locationId,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", soon.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "therapistId", therapist)).json().get("id").asString();
        Mailbox.await(email, 5);
        jdbc.sql("update booking set created_at = now() - interval '3 days' where id = cast(:id as uuid)")
                .param("id", soonId).update();
        MimeMessage reminder = Mailbox.await(email, 6).get(5);
        check(reminder, "Reminder:", "A reminder of your coming session", soon.toLocalDate(),
                TIME.format(soon) + " to ", therapistName);
    }

    private static void check(MimeMessage message, String subject, String opening, LocalDate day, String times,
            String therapist) throws MessagingException {
        String body = Mailbox.body(message);
        assertThat(message.getSubject()).contains(subject);
        String zone = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH).format(day.atStartOfDay(BookingApiTests.NEW_YORK));
        assertThat(body).contains(opening, DATE.format(day), times, zone,
                "Quayside Rooms", "3 Quay Road, Portland, ME", therapist,
                "Cancellation policy: You can cancel or move a session online until 2 days before it starts");
        String lower = (message.getSubject() + "\n" + body + "\n" + Mailbox.html(message)).toLowerCase(Locale.ROOT);
        for (String word : CLINICAL) {
            assertThat(lower).as("no '" + word + "' in " + message.getSubject()).doesNotContain(word);
        }
    }
}
