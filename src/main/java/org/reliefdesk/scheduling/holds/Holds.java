package org.reliefdesk.scheduling.holds;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.booking.RaceRetry;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.booking.SlotPicker;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holding a time for a client who has no submitted intake yet: every rule of a booking (hours, grid, skills,
 * overlap) but the screening gate, HELD for {@code reliefdesk.holds.minutes}. One active hold per client; the
 * same request again (a double click) answers the same hold. The intake then confirms or releases it
 * ({@link HoldsAfterScreening}).
 */
@Component
public class Holds {

    private final Booker booker;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final SlotPicker picker;
    private final RaceRetry retry;
    private final Bookings bookings;
    private final JdbcClient jdbc;
    private final HoldSettings settings;
    private final Clock clock;

    Holds(Booker booker, ScreeningGate gate, Requirements requirements, SlotPicker picker, RaceRetry retry,
            Bookings bookings, JdbcClient jdbc, HoldSettings settings, Clock clock) {
        this.booker = booker;
        this.gate = gate;
        this.requirements = requirements;
        this.picker = picker;
        this.retry = retry;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code POST /api/v1/bookings} with {@code "hold": true}: the hold (new, or the same one again). */
    public Booking hold(ReliefDeskUser user, BookingRequest request) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators hold times for clients");
        }
        Ask ask = booker.resolve(user, request);
        refuseWithIntake(ask.client().id());
        Optional<Booking> same = active(ask.client().id()).filter(hold -> sameTime(hold, ask));
        if (same.isPresent()) {
            return same.get();
        }
        Needs needs = requirements.of(ask.service(), ask.client().id());
        picker.checkTime(ask);
        UUID id = retry.run(status -> attempt(ask, needs), RaceRetry::clientFree);
        if (id == null) {
            throw booker.taken(ask, needs);
        }
        return bookings.find(id).orElseThrow();
    }

    /** The client's hold still keeping its time, if any (at most one: booking_one_hold_per_client). */
    public Optional<Booking> active(UUID clientId) {
        return bookings.all(new Bookings.Filter(null, null, null, null, clientId, BookingStatus.HELD)).stream()
                .findFirst();
    }

    /**
     * In one transaction, serialised per client (an advisory lock, so a double click waits for the first and
     * then finds its hold): the same hold again, a 409 for a second one, or the new hold's id.
     */
    private UUID attempt(Ask ask, Needs needs) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "hold:" + ask.client().id()).query((rs, n) -> 1).list();
        Optional<Booking> active = active(ask.client().id());
        if (active.isPresent()) {
            if (sameTime(active.get(), ask)) {
                return active.get().id();
            }
            throw oneHold(active.get());
        }
        picker.checkClientFree(ask);
        Instant expires = clock.instant().plus(settings.length());
        return booker.attemptHold(ask, needs, expires);
    }

    /** A hold is for a client without an intake: with one, they book (or their screening's 422 says why not). */
    private void refuseWithIntake(UUID clientId) {
        String status = gate.statusOf(clientId);
        if (ScreeningStatusLookup.NO_INTAKE.equals(status)) {
            return;
        }
        String problem = ScreeningGate.problem(status);
        throw problem != null ? RuleViolationException.of("clientId", problem) : RuleViolationException.of("hold",
                "The client has submitted an intake already; book the time instead of holding it");
    }

    private static boolean sameTime(Booking hold, Ask ask) {
        return hold.start().getEpochSecond() == ask.start() && hold.serviceCode().equals(ask.service().code())
                && hold.locationId().equals(ask.location().id())
                && (ask.therapistId() == null || Objects.equals(ask.therapistId(), hold.therapistId()));
    }

    private static ConflictException oneHold(Booking hold) {
        return new ConflictException("The client already holds " + hold.localStart().toLocalDate() + " at "
                + Display.CLOCK.format(hold.localStart()) + " until it is confirmed by their intake or expires;"
                + " one hold per client", java.util.Map.of("holdId", hold.id()));
    }
}
