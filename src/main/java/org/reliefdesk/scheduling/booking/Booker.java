package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Availability.Outcome;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.reliefdesk.scheduling.availability.Availability;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.availability.Schedules;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.scheduling.practice.TimeRange;

/**
 * Books a session: checks the request (422s), the screening gate and the grid, then in one
 * transaction picks a free therapist, the first free room and a free kit unit and inserts them.
 * The exclusion constraints settle races: a loser retries once it sees the winner, then gets 409
 * with the nearest free alternatives.
 */
@Component
public class Booker {

    private static final int ATTEMPTS = 3;
    private final JdbcClient jdbc;
    private final Clients clients;
    private final Locations locations;
    private final Services services;
    private final Therapists therapists;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final Bookings bookings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Booker(JdbcClient jdbc, Clients clients, Locations locations, Services services, Therapists therapists,
            ScreeningGate gate, Requirements requirements, SlotFinder finder, Bookings bookings, TransactionTemplate tx,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
        this.gate = gate;
        this.requirements = requirements;
        this.finder = finder;
        this.bookings = bookings;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
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

    Booking book(ReliefDeskUser user, BookingRequest request) {
        return book(user, request, false);
    }

    /** {@code pastAllowed} only for seeding demo history: every other rule still applies. */
    Booking book(ReliefDeskUser user, BookingRequest request, boolean pastAllowed) {
        Ask ask = resolve(user, request);
        String screening = gate.check(ask.client().id());
        Needs needs = requirements.of(ask.service(), ask.client().id());
        checkTime(ask, pastAllowed);
        checkClientFree(ask);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                UUID id = tx.execute(status -> attempt(ask, needs, screening));
                if (id != null) {
                    return bookings.find(id).orElseThrow();
                }
                break;
            } catch (DataAccessException e) {
                if (Constraints.contended(e)) {
                    continue;
                }
                String constraint = Constraints.exclusion(e);
                if (constraint == null) {
                    throw e;
                }
                if (constraint.equals("booking_client_free")) {
                    throw RuleViolationException.of("start", "The client already has a booking at that time");
                }
            }
        }
        throw taken(ask, needs);
    }

    /** Inserts and returns the new id, or null when no therapist/room/kit is free at that start. */
    public UUID attempt(Ask ask, Needs needs, String screening) {
        Pick pick = pick(ask, needs);
        if (pick == null) {
            return null;
        }
        long heldUntil = ask.end() + ask.location().bufferMinutes() * 60L;
        UUID id = jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                    held_until, screening_status, plan_id, plan_version, required_skills, created_by)
                values (:client, :location, :service, :therapist, :room, :start, :end, :held, :screening, :plan,
                    :planVersion, :skills, :by) returning id""")
                .param("client", ask.client().id()).param("location", ask.location().id())
                .param("service", ask.service().code()).param("therapist", pick.therapist()).param("room", pick.room())
                .param("start", ScheduleLoader.at(ask.start())).param("end", ScheduleLoader.at(ask.end()))
                .param("held", ScheduleLoader.at(heldUntil)).param("screening", screening)
                .param("plan", needs.plan() == null ? null : needs.plan().planId())
                .param("planVersion", needs.plan() == null ? null : needs.plan().version())
                .param("skills", needs.skills().toArray(String[]::new)).param("by", ask.bookedBy())
                .query(UUID.class).single();
        holdKit(id, pick, ask.start(), heldUntil);
        events.publishEvent(new BookingConfirmed(id, ask.client().id(), pick.therapist(),
                Instant.ofEpochSecond(ask.start())));
        return id;
    }

    /** What a session takes: a therapist, a room and, when the plan needs one, a kit unit (else null). */
    public record Pick(UUID therapist, UUID room, UUID kit) {
    }

    /** The therapist, room and kit free at the ask's start, or null when taken; 422 when not bookable at all. */
    public Pick pick(Ask ask, Needs needs) {
        Availability availability = finder.load(ask.location(), ask.service().minutes(), needs, ask.therapistId(),
                ask.start(), ask.end());
        int chosen = choose(ask, availability);
        if (chosen < 0) {
            return null;
        }
        int[] resources = availability.resources(ask.start());
        return new Pick(availability.therapists().get(chosen).id(), availability.rooms().get(resources[0]).id(),
                resources[1] >= 0 ? availability.kits().get(resources[1]).id() : null);
    }

    /** Holds the picked kit unit (if any) for the booking's span plus buffer. */
    void holdKit(UUID bookingId, Pick pick, long start, long heldUntil) {
        if (pick.kit() != null) {
            jdbc.sql("insert into booking_equipment (booking_id, unit_id, held) values (:b, :u, tstzrange(:s, :h))")
                    .param("b", bookingId).param("u", pick.kit())
                    .param("s", ScheduleLoader.at(start)).param("h", ScheduleLoader.at(heldUntil)).update();
        }
    }

    /** The therapist to book (index), -1 when the time is taken; 422 when it is not bookable at all. */
    private int choose(Ask ask, Availability availability) {
        List<Schedules.TherapistSchedule> all = availability.therapists();
        if (ask.therapistId() != null && all.isEmpty()) {
            throw RuleViolationException.of("therapistId", "This therapist has no working hours at this location");
        }
        Outcome best = null;
        for (int t = 0; t < all.size(); t++) {
            Outcome outcome = availability.at(t, ask.start());
            if (outcome == Outcome.FREE) {
                return t;
            }
            best = best == null || outcome.ordinal() > best.ordinal() ? outcome : best;
        }
        if (best == Outcome.TAKEN) {
            return -1;
        }
        throw notBookable(ask, best);
    }

    private static RuleViolationException notBookable(Ask ask, Outcome outcome) {
        boolean one = ask.therapistId() != null;
        if (outcome == null || outcome == Outcome.LACKS_SKILLS) {
            return RuleViolationException.of(one ? "therapistId" : "serviceCode", one
                    ? "This therapist lacks a skill the service or the client's plan needs"
                    : "No therapist at this location has every skill the service or the client's plan needs");
        }
        if (outcome == Outcome.NO_VALID_LICENCE) {
            return RuleViolationException.of(one ? "therapistId" : "start", one
                    ? "This therapist's licence is not valid on that date"
                    : "No therapist with a valid licence works at that time");
        }
        return RuleViolationException.of("start", one ? "That time is outside the therapist's working hours"
                : "That time is outside every qualified therapist's working hours");
    }

    /** Up to five free times nearest to the ask's start. */
    public List<SlotFinder.SlotView> alternatives(Ask ask, Needs needs) {
        return finder.nearest(ask.location(), ask.service().minutes(), needs, ask.therapistId(), ask.client().id(),
                ask.start(), 5);
    }

    private ConflictException taken(Ask ask, Needs needs) {
        var alternatives = alternatives(ask, needs);
        return new ConflictException("That time was taken meanwhile; here are the nearest free times",
                Map.of("alternatives", alternatives));
    }

    public void checkTime(Ask ask) {
        checkTime(ask, false);
    }

    public void checkTime(Ask ask, boolean pastAllowed) {
        if (!pastAllowed && ask.start() <= clock.instant().getEpochSecond()) {
            throw RuleViolationException.of("start", "That time has already passed");
        }
        if (!Availability.onGrid(ask.location().zone().getRules(), ask.start())) {
            throw RuleViolationException.of("start", "Sessions start on the quarter hour (location's local time)");
        }
    }

    public void checkClientFree(Ask ask) {
        boolean busy = jdbc.sql("""
                select exists (select 1 from booking where client_id = :client and status <> 'CANCELLED'
                    and session && tstzrange(:start, :end))""")
                .param("client", ask.client().id()).param("start", ScheduleLoader.at(ask.start()))
                .param("end", ScheduleLoader.at(ask.end())).query(Boolean.class).single();
        if (busy) {
            throw RuleViolationException.of("start", "The client already has a booking at that time");
        }
    }

    public Ask resolve(ReliefDeskUser user, BookingRequest request) {
        FieldErrors errors = new FieldErrors();
        Client client = resolveClient(user, request.clientId(), errors);
        Location location = Ids.parse(request.locationId()) == null ? null
                : locations.find(Ids.parse(request.locationId())).orElse(null);
        if (location == null) {
            errors.add("locationId", request.locationId() == null ? "is required" : "is not a known location");
        }
        Service service = request.serviceCode() == null ? null
                : services.find(request.serviceCode()).filter(Service::active).orElse(null);
        if (service == null) {
            errors.add("serviceCode", request.serviceCode() == null ? "is required" : "is not a bookable service");
        }
        Long start = parseStart(request.start(), errors);
        UUID therapistId = Ids.parse(request.therapistId());
        if (request.therapistId() != null && (therapistId == null || therapists.find(therapistId).isEmpty())) {
            errors.add("therapistId", "is not a known therapist");
        }
        errors.throwIfAny();
        return new Ask(client, location, service, start, therapistId, user.id());
    }

    private Client resolveClient(ReliefDeskUser user, String clientId, FieldErrors errors) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators book for clients");
        }
        if (user.isClient() && clientId == null) {
            return clients.findByUser(user.id()).orElseThrow(() -> new NotFoundException("Client"));
        }
        UUID id = Ids.parse(clientId);
        Client client = id == null ? null : clients.find(id).orElse(null);
        if (user.isClient() && (client == null || !client.userId().equals(user.id()))) {
            throw new NotFoundException("Client");
        }
        if (client == null) {
            errors.add("clientId", clientId == null ? "is required" : "is not a known client");
        }
        return client;
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
