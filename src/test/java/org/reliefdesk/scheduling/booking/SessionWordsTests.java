package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;

/** How the session pages word refusals and the days to pick from. */
class SessionWordsTests {

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
