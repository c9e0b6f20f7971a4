package org.reliefdesk.scheduling.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.booking.BookingAggregate.NewBooking;
import org.reliefdesk.scheduling.booking.BookingAggregate.Placement;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.RequestResolver;
import org.reliefdesk.scheduling.practice.TimeRange;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Books a session: checks the request (422s), the screening gate and the grid, then in one
 * transaction picks a free therapist, the first free room and a free kit unit and inserts them.
 * The exclusion constraints settle races: a loser retries once it sees the winner, then gets 409
 * with the nearest free alternatives.
 */
@Component
public class Booker {

    private final RequestResolver resolver;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final SlotPicker picker;
    private final BookingStore store;
    private final RaceRetry retry;
    private final Bookings bookings;

    Booker(RequestResolver resolver, ScreeningGate gate, Requirements requirements, SlotPicker picker,
            BookingStore store, RaceRetry retry, Bookings bookings) {
        this.resolver = resolver;
        this.gate = gate;
        this.requirements = requirements;
        this.picker = picker;
        this.store = store;
        this.retry = retry;
        this.bookings = bookings;
    }

    /** What was asked for, resolved and checked. */
    public record Ask(Client client, Location location, Service service, long start, UUID therapistId, UUID bookedBy) {

        public long end() {
            return start + service.minutes() * 60L;
        }

        public Ask withStart(long newStart) {
            return new Ask(client, location, service, newStart, therapistId, bookedBy);
        }

        Ask withTherapist(UUID therapist) {
            return new Ask(client, location, service, start, therapist, bookedBy);
        }
    }

    /** What a session takes: a therapist, a room and, when the plan needs one, a kit unit (else null). */
    public record Pick(UUID therapist, UUID room, UUID kit) {
    }

    /** A new booking; a past visit ({@code pastVisit}) only by an administrator (403), kept as one. */
    public Booking book(ReliefDeskUser user, BookingRequest request) {
        if (request.isPastVisit() && !user.isAdmin()) {
            throw new ForbiddenException("Only an administrator records a visit from before ReliefDesk");
        }
        return book(user, request, request.isPastVisit());
    }

    /** {@code pastAllowed} for past visits and for seeding demo history: every other rule still applies. */
    Booking book(ReliefDeskUser user, BookingRequest request, boolean pastAllowed) {
        Ask ask = resolve(user, request);
        String screening = gate.check(ask.client().id());
        Needs needs = requirements.of(ask.service(), ask.client().id());
        picker.checkTime(ask, pastAllowed);
        picker.checkClientFree(ask);
        UUID id = retry.run(status -> {
            UUID made = attempt(ask, needs, screening);
            if (made != null && request.isPastVisit()) {
                store.markPastVisit(made);
            }
            return made;
        }, RaceRetry::clientFree);
        if (id == null) {
            throw taken(ask, needs);
        }
        return bookings.find(id).orElseThrow();
    }

    /** In the caller's transaction: inserts and returns the new id, or null when no therapist/room/kit is free. */
    public UUID attempt(Ask ask, Needs needs, String screening) {
        Pick pick = picker.pick(ask, needs);
        return pick == null ? null : store.insert(new NewBooking(ask, Placement.of(ask, pick, needs, screening)));
    }

    /**
     * In the caller's transaction: inserts a hold (HELD until {@code expiresAt}, under the NO_INTAKE status) and
     * returns its id, or null when no therapist/room is free.
     */
    public UUID attemptHold(Ask ask, Needs needs, Instant expiresAt) {
        Pick pick = picker.pick(ask, needs);
        return pick == null ? null : store.insertHold(new NewBooking(ask,
                Placement.of(ask, pick, needs, ScreeningStatusLookup.NO_INTAKE)), expiresAt);
    }

    /** 409 with the nearest free times. */
    public ConflictException taken(Ask ask, Needs needs) {
        return new ConflictException("That time was taken meanwhile; here are the nearest free times",
                Map.of("alternatives", picker.alternatives(ask, needs)));
    }

    public Ask resolve(ReliefDeskUser user, BookingRequest request) {
        FieldErrors errors = new FieldErrors();
        Client client = resolver.client(user, request.clientId(), errors);
        Location location = resolver.location(request.locationId(), errors);
        Service service = resolver.service(request.serviceCode(), errors);
        Long start = parseStart(request.start(), errors);
        UUID therapistId = resolver.therapist(request.therapistId(), errors);
        errors.throwIfAny();
        return new Ask(client, location, service, start, therapistId, user.id());
    }

    private static Long parseStart(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add("start", "is required");
            return null;
        }
        try {
            OffsetDateTime start = OffsetDateTime.parse(text.strip());
            if (start.getNano() != 0) {
                errors.add("start", "Sessions start on the quarter hour (whole minutes, no fractions of a second)");
                return null;
            }
            return TimeRange.plausible(start.toEpochSecond(), "start", errors) ? start.toEpochSecond() : null;
        } catch (DateTimeParseException e) {
            errors.add("start", "must be a date-time with offset, e.g. 2026-12-01T10:00:00-05:00");
            return null;
        }
    }
}
