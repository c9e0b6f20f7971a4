package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.BookingAggregate.Cancellation;
import org.reliefdesk.scheduling.booking.BookingAggregate.Move;
import org.reliefdesk.scheduling.booking.BookingAggregate.Placement;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;

/** Every transition of a booking, allowed and refused, with the answers the API gives. */
class BookingAggregateTests {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final ReliefDeskUser CLIENT = user(Role.CLIENT);
    static final ReliefDeskUser DESK = user(Role.FRONT_DESK);
    static final ReliefDeskUser THERAPIST = user(Role.THERAPIST);
    static final ReliefDeskUser ADMIN = user(Role.ADMIN);

    @Nested
    class Cancelling {

        @Test
        void aClientCancelsOutsideTheLateWindowAndItIsNotLate() {
            BookingAggregate booking = bookedIn(Duration.ofHours(30));

            Cancellation done = booking.cancel("feeling better", CLIENT, NOW);

            assertThat(done.late()).isFalse();
            assertThat(done.by()).isEqualTo(CLIENT.id());
            assertThat(done.reason()).isEqualTo("feeling better");
            assertThat(done.event().bookingId()).isEqualTo(booking.booking().id());
            assertThat(done.event().lateCancellation()).isFalse();
            assertThat(done.event().start()).isEqualTo(booking.booking().start());
        }

        @Test
        void staffCancelInsideTheLateWindowAndItIsFlaggedLate() {
            Cancellation done = bookedIn(Duration.ofHours(2)).cancel(null, DESK, NOW);

            assertThat(done.late()).isTrue();
            assertThat(done.event().lateCancellation()).isTrue();
        }

        @Test
        void aClientIsRefusedInsideTheLateWindow() {
            assertThatThrownBy(() -> bookedIn(Duration.ofHours(2)).cancel(null, CLIENT, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("start");
                            assertThat(error.message())
                                    .isEqualTo("This session starts within 24 hours; please call us to cancel");
                        });
                    });
        }

        @Test
        void withoutALateWindowAClientCancelsUntilTheStart() {
            BookingAggregate booking = new BookingAggregate(booking(NOW.plusSeconds(60), BookingStatus.BOOKED), 0);

            assertThat(booking.cancel(null, CLIENT, NOW).late()).isFalse();
        }

        @Test
        void aCancelledOrMissedBookingIsNotCancelledAgain() {
            for (BookingStatus status : new BookingStatus[] {BookingStatus.CANCELLED, BookingStatus.NO_SHOW}) {
                BookingAggregate booking = aggregate(NOW.plus(Duration.ofDays(3)), status);
                assertThatThrownBy(() -> booking.cancel(null, ADMIN, NOW)).isInstanceOf(ConflictException.class)
                        .hasMessage(status == BookingStatus.CANCELLED ? "This booking is already CANCELLED"
                                : "This booking is NO_SHOW and cannot become CANCELLED");
            }
        }
    }

    @Nested
    class NoShows {

        @Test
        void staffRecordANoShowOnceTheSessionHasStarted() {
            BookingAggregate booking = bookedIn(Duration.ofMinutes(-5));

            assertThat(booking.markNoShow(DESK, NOW).id()).isEqualTo(booking.booking().id());
            assertThat(booking.markNoShow(THERAPIST, NOW).id()).isEqualTo(booking.booking().id());
        }

        @Test
        void notBeforeItStarts() {
            assertThatThrownBy(() -> bookedIn(Duration.ofMinutes(5)).markNoShow(DESK, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().get(0).message())
                            .isEqualTo("A no-show is recorded once the session has started"));
        }

        @Test
        void aClientMayNotRecordOne() {
            assertThatThrownBy(() -> bookedIn(Duration.ofMinutes(-5)).markNoShow(CLIENT, NOW))
                    .isInstanceOf(ForbiddenException.class).hasMessage("Only staff record a no-show");
        }

        @Test
        void onlyOnce() {
            assertThatThrownBy(() -> aggregate(NOW.minusSeconds(600), BookingStatus.NO_SHOW).markNoShow(DESK, NOW))
                    .isInstanceOf(ConflictException.class).hasMessage("This booking is already NO_SHOW");
            assertThatThrownBy(() -> aggregate(NOW.minusSeconds(600), BookingStatus.CANCELLED).markNoShow(DESK, NOW))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("This booking is CANCELLED and cannot become NO_SHOW");
        }
    }

    @Nested
    class Moving {

        @Test
        void theFrontDeskMovesASessionInsideTheLateWindowAndTheMoveIsLate() {
            BookingAggregate booking = bookedIn(Duration.ofHours(3));
            Placement to = placement(NOW.plus(Duration.ofDays(2)));

            Move move = booking.moveTo(to, DESK, NOW);

            assertThat(move.late()).isTrue();
            assertThat(move.by()).isEqualTo(DESK.id());
            assertThat(move.to()).isEqualTo(to);
            assertThat(move.event().fromStart()).isEqualTo(booking.booking().start());
            assertThat(move.event().fromEnd()).isEqualTo(booking.booking().end());
            assertThat(move.event().fromTherapistId()).isEqualTo(booking.booking().therapistId());
            assertThat(move.event().toTherapistId()).isEqualTo(to.pick().therapist());
            assertThat(move.event().toStart()).isEqualTo(Instant.ofEpochSecond(to.start()));
        }

        @Test
        void aClientMovesTheirOwnOutsideTheWindow() {
            Move move = bookedIn(Duration.ofDays(3)).moveTo(placement(NOW.plus(Duration.ofDays(4))), CLIENT, NOW);

            assertThat(move.late()).isFalse();
        }

        @Test
        void aClientIsRefusedInsideTheWindowWithTheWindowInWords() {
            BookingAggregate booking = new BookingAggregate(booking(NOW.plus(Duration.ofHours(20)),
                    BookingStatus.BOOKED), 48);

            assertThatThrownBy(() -> booking.checkMovable(CLIENT, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().get(0).message())
                            .isEqualTo("This session starts within 2 days; please call us to change it"));
        }

        @Test
        void aTherapistMayNotMoveASession() {
            assertThatThrownBy(() -> bookedIn(Duration.ofDays(3)).checkMovable(THERAPIST, NOW))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage("Front desk and administrators change bookings for clients");
        }

        @Test
        void aStartedSessionStaysWhereItIs() {
            assertThatThrownBy(() -> bookedIn(Duration.ZERO).moveTo(placement(NOW.plus(Duration.ofDays(1))), ADMIN,
                    NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.errors().get(0).message()).isEqualTo("This session has already started"));
        }

        @Test
        void aCancelledSessionIsNotMoved() {
            assertThatThrownBy(() -> aggregate(NOW.plus(Duration.ofDays(3)), BookingStatus.CANCELLED)
                    .checkMovable(DESK, NOW)).isInstanceOf(ConflictException.class)
                    .hasMessage("This booking is CANCELLED and cannot be moved");
        }
    }

    @Test
    void theLateWindowOpensItsHoursBeforeTheStart() {
        BookingAggregate booking = bookedIn(Duration.ofHours(24));

        assertThat(booking.insideLateWindow(NOW)).isFalse();
        assertThat(booking.insideLateWindow(NOW.plusSeconds(1))).isTrue();
    }

    private static BookingAggregate bookedIn(Duration untilStart) {
        return aggregate(NOW.plus(untilStart), BookingStatus.BOOKED);
    }

    private static BookingAggregate aggregate(Instant start, BookingStatus status) {
        return new BookingAggregate(booking(start, status), 24);
    }

    private static Booking booking(Instant start, BookingStatus status) {
        return new Booking(UUID.randomUUID(), UUID.randomUUID(), "Casey Client", UUID.randomUUID(), "America/Toronto",
                "MEDICAL_MASSAGE_60", UUID.randomUUID(), "Priya Raman", UUID.randomUUID(), "Room 1", start,
                start.plus(Duration.ofHours(1)), status, "CLEARED", false, false, null, null, null, 0, null, null, null, false);
    }

    private static Placement placement(Instant start) {
        long at = start.getEpochSecond();
        return new Placement(new Booker.Pick(UUID.randomUUID(), UUID.randomUUID(), null), at, at + 3600, at + 4500,
                "CLEARED", new Needs(Set.of(), false, null));
    }

    private static ReliefDeskUser user(Role role) {
        return new ReliefDeskUser(UUID.randomUUID(), role.name().toLowerCase() + "@example.org", "A " + role, role,
                null);
    }
}
