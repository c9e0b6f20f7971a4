package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;

/** How the session pages word times, refusals and the days to pick from. */
class SessionWordsTests {

    @Test
    void aTimeReadsInTheBookingsOwnZone() {
        Instant start = Instant.parse("2026-03-03T15:00:00Z");
        Booking booking = new Booking(UUID.randomUUID(), UUID.randomUUID(), "Casey Client", UUID.randomUUID(),
                "America/New_York", "MEDICAL_MASSAGE_60", UUID.randomUUID(), "Priya Raman", UUID.randomUUID(),
                "Room 1", start, start.plus(Duration.ofHours(1)), BookingStatus.BOOKED, "CLEARED", false, false, null,
                null, null, 0, null, null, null, false);

        assertThat(SessionWords.when(booking)).isEqualTo("Tue 3 Mar, 10:00");
        assertThat(SessionWords.when(start.plus(Duration.ofDays(7)), booking)).isEqualTo("Tue 10 Mar, 11:00");
    }

    @Test
    void aRefusalReadsAsItsFirstFieldErrorElseItsMessage() {
        var rule = new RuleViolationException("Invalid", List.of(new FieldError("start", "That time has already passed"),
                new FieldError("therapistId", "is not a known therapist")));

        assertThat(SessionWords.message(rule)).isEqualTo("That time has already passed");
        assertThat(SessionWords.message(new RuleViolationException("Not bookable", List.of())))
                .isEqualTo("Not bookable");
        assertThat(SessionWords.message(new ConflictException("This booking is already CANCELLED")))
                .isEqualTo("This booking is already CANCELLED");
    }

    @Test
    void twoWeeksOfDaysFromToday() {
        var days = SessionWords.days(LocalDate.parse("2026-03-02"));

        assertThat(days).hasSize(14);
        assertThat(days.get(0)).isEqualTo(new SessionWords.Day(LocalDate.parse("2026-03-02"), 0));
        assertThat(days.get(1).offset()).isEqualTo(1);
        assertThat(days.get(13).date()).isEqualTo(LocalDate.parse("2026-03-15"));
    }

    @Test
    void aRefusalABookingPageMeetsIsWordedForItsReader() {
        var busy = RuleViolationException.of("start", "The client already has a booking at that time");

        assertThat(SessionWords.refusalKey(busy, false)).isEqualTo("booking.refused.clientBusy");
        assertThat(SessionWords.refusalKey(busy, true)).isEqualTo("booking.refused.clientBusy.staff");
        assertThat(SessionWords.refusalKey(RuleViolationException.of("start", "That time has already passed"), false))
                .isEqualTo("booking.refused.passed");
        assertThat(SessionWords.refusalKey(RuleViolationException.of("start",
                "This session starts within 24 hours; please call us to cancel"), false))
                .isEqualTo("booking.refused.lateWindow");
        assertThat(SessionWords.refusalKey(RuleViolationException.of("start", "something else"), false)).isNull();
    }
}
