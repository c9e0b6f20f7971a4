package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.BookingAggregate.Cancellation;
import org.reliefdesk.scheduling.booking.BookingAggregate.Move;
import org.reliefdesk.scheduling.booking.BookingAggregate.Placement;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
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

            Cancellation done = booking.cancel(CancelReason.ILLNESS, "  feeling unwell  ", CLIENT, NOW);

            assertThat(done.late()).isFalse();
            assertThat(done.by()).isEqualTo(CLIENT.id());
            assertThat(done.reason()).isEqualTo(CancelReason.ILLNESS);
            assertThat(done.note()).isEqualTo("feeling unwell");
            assertThat(done.event().bookingId()).isEqualTo(booking.booking().id());
            assertThat(done.event().lateCancellation()).isFalse();
            assertThat(done.event().start()).isEqualTo(booking.booking().start());
        }

        @Test
        void staffCancelInsideTheLateWindowAndItIsFlaggedLate() {
            Cancellation done = bookedIn(Duration.ofHours(2)).cancel(null, null, DESK, NOW);

            assertThat(done.late()).isTrue();
            assertThat(done.event().lateCancellation()).isTrue();
        }

        @Test
        void aClientIsRefusedInsideTheLateWindow() {
            assertThatThrownBy(() -> bookedIn(Duration.ofHours(2)).cancel(null, null, CLIENT, NOW))
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

            assertThat(booking.cancel(null, null, CLIENT, NOW).late()).isFalse();
        }

        @Test
        void aCancelledOrMissedBookingIsNotCancelledAgain() {
            for (BookingStatus status : new BookingStatus[] {BookingStatus.CANCELLED, BookingStatus.NO_SHOW}) {
                BookingAggregate booking = aggregate(NOW.plus(Duration.ofDays(3)), status);
                assertThatThrownBy(() -> booking.cancel(null, null, ADMIN, NOW)).isInstanceOf(ConflictException.class)
                        .hasMessage(status == BookingStatus.CANCELLED ? "This booking is already CANCELLED"
                                : "This booking is NO_SHOW and cannot become CANCELLED");
            }
        }
    }

    @Nested
    class CancelNotes {

        @Test
        void aBlankNoteIsNoNote() {
            assertThat(bookedIn(Duration.ofDays(3)).cancel(CancelReason.OTHER, "  ", DESK, NOW).note()).isNull();
        }

        @Test
        void aNoteOverTheLimitOrWithControlCharactersIsRefusedNamingTheNote() {
            for (String note : new String[] {"x".repeat(CancelReason.NOTE_MAX + 1), "bell\u0007"}) {
                assertThatThrownBy(() -> bookedIn(Duration.ofDays(3)).cancel(CancelReason.OTHER, note, DESK, NOW))
                        .isInstanceOfSatisfying(RuleViolationException.class,
                                e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("note"));
            }
            assertThat(bookedIn(Duration.ofDays(3)).cancel(CancelReason.OTHER, "x".repeat(CancelReason.NOTE_MAX)
                    + "\n", DESK, NOW).note()).hasSize(CancelReason.NOTE_MAX);
        }
    }

    /**
     * Every status against every verb, the session having started five minutes ago today (so that only the
     * status decides): API.md "Front desk" — cancel from HELD, BOOKED, CHECKED_IN; no-show from BOOKED,
     * CHECKED_IN; check-in from BOOKED; complete from BOOKED, CHECKED_IN; anything else a 409 naming both.
     */
    @Nested
    class EveryStatusAndVerb {

        static final Map<String, Set<BookingStatus>> ALLOWED = Map.of(
                "CANCELLED", EnumSet.of(BookingStatus.HELD, BookingStatus.BOOKED, BookingStatus.CHECKED_IN),
                "NO_SHOW", EnumSet.of(BookingStatus.BOOKED, BookingStatus.CHECKED_IN),
                "CHECKED_IN", EnumSet.of(BookingStatus.BOOKED),
                "COMPLETED", EnumSet.of(BookingStatus.BOOKED, BookingStatus.CHECKED_IN));

        static Object verb(BookingAggregate booking, String to) {
            return switch (to) {
                case "CANCELLED" -> booking.cancel(CancelReason.CLIENT_REQUEST, null, DESK, NOW);
                case "NO_SHOW" -> booking.markNoShow(DESK, NOW);
                case "CHECKED_IN" -> booking.checkIn(DESK, NOW);
                default -> booking.complete(DESK, NOW);
            };
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(BookingStatus.class)
        void eachVerbIsAllowedFromItsStatusesAndRefusedNamingBothFromTheRest(BookingStatus from) {
            for (var verb : ALLOWED.entrySet()) {
                BookingStatus to = BookingStatus.valueOf(verb.getKey());
                BookingAggregate booking = aggregate(NOW.minus(Duration.ofMinutes(5)), from);
                if (verb.getValue().contains(from)) {
                    assertThat(verb(booking, verb.getKey())).as(from + " -> " + to).isNotNull();
                } else {
                    assertThatThrownBy(() -> verb(booking, verb.getKey())).as(from + " -> " + to)
                            .isInstanceOf(ConflictException.class)
                            .hasMessage(from == to ? "This booking is already " + to
                                    : "This booking is " + from + " and cannot become " + to);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = BookingStatus.class, names = {"HELD", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW"})
        void onlyABookedSessionMoves(BookingStatus status) {
            assertThatThrownBy(() -> aggregate(NOW.plus(Duration.ofDays(3)), status).checkMovable(DESK, NOW))
                    .isInstanceOf(ConflictException.class).hasMessage("This booking is " + status + " and cannot be moved");
        }

        @Test
        void aClientMayNeitherCheckInNorCompleteNorRecordANoShow() {
            BookingAggregate started = bookedIn(Duration.ofMinutes(-5));
            assertThatThrownBy(() -> started.checkIn(CLIENT, NOW)).isInstanceOf(ForbiddenException.class)
                    .hasMessage("Only staff check a client in");
            assertThatThrownBy(() -> started.complete(CLIENT, NOW)).isInstanceOf(ForbiddenException.class)
                    .hasMessage("Only staff complete a session");
            assertThatThrownBy(() -> started.markNoShow(CLIENT, NOW)).isInstanceOf(ForbiddenException.class);
        }

        @Test
        void everyStaffRoleMayCheckInAndComplete() {
            for (ReliefDeskUser staff : new ReliefDeskUser[] {DESK, THERAPIST, ADMIN}) {
                BookingAggregate started = bookedIn(Duration.ofMinutes(-5));
                assertThat(started.checkIn(staff, NOW).by()).isEqualTo(staff.id());
                assertThat(started.complete(staff, NOW).by()).isEqualTo(staff.id());
            }
        }
    }

    @Nested
    class Arrivals {

        @Test
        void aClientIsCheckedInAnyTimeOnTheSessionsLocalDayBeforeOrAfterItsStart() {
            // NOW is 04:00 in Toronto; the session at 23:00 that evening is still today
            assertThat(bookedIn(Duration.ofHours(19)).checkIn(DESK, NOW).id()).isNotNull();
            assertThat(bookedIn(Duration.ofHours(-3)).checkIn(DESK, NOW).id()).isNotNull();
        }

        @Test
        void notOnAnotherDayInTheLocationsZone() {
            // midnight in Toronto (05:00 UTC) is the next day there; 23:00 the evening before is yesterday
            assertThatThrownBy(() -> bookedIn(Duration.ofHours(20)).checkIn(DESK, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.errors().get(0).field()).isEqualTo("start");
                        assertThat(e.errors().get(0).message())
                                .isEqualTo("A client is checked in on the day of the session (2026-03-03)");
                    });
            assertThatThrownBy(() -> bookedIn(Duration.ofHours(-5)).checkIn(DESK, NOW))
                    .isInstanceOf(RuleViolationException.class);
        }

        @Test
        void aSessionIsCompletedFromItsStartNotBefore() {
            assertThat(bookedIn(Duration.ZERO).complete(DESK, NOW).id()).isNotNull();
            assertThat(aggregate(NOW.minus(Duration.ofHours(1)), BookingStatus.CHECKED_IN).complete(DESK, NOW).id())
                    .isNotNull();
            assertThatThrownBy(() -> bookedIn(Duration.ofMinutes(1)).complete(DESK, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.errors().get(0).field()).isEqualTo("start");
                        assertThat(e.errors().get(0).message()).isEqualTo("A session is completed once it has started");
                    });
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
