package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.notices.Policy;
import org.reliefdesk.scheduling.practice.Locations;

/**
 * Moves a booking to a new time under the rules of a new booking. In one transaction the old time
 * is released, a therapist and room are picked for the new time (the same therapist when none is
 * named and they are free) and the same booking row takes the new time, so nothing is lost if any
 * step fails. Clients may not move a session inside the late-cancellation window.
 */
@Component
public class Rescheduling {

    private static final int ATTEMPTS = 3;
    private final JdbcClient jdbc;
    private final Booker booker;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final Locations locations;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rescheduling(JdbcClient jdbc, Booker booker, BookingChanges changes, Bookings bookings, Locations locations,
            ScreeningGate gate, Requirements requirements, TransactionTemplate tx, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.booker = booker;
        this.changes = changes;
        this.bookings = bookings;
        this.locations = locations;
        this.gate = gate;
        this.requirements = requirements;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** {@code POST /bookings/{id}/reschedule} as sent. */
    public record RescheduleRequest(String start, String therapistId) {
    }

    public Booking reschedule(UUID id, ReliefDeskUser user, RescheduleRequest request) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators change bookings for clients");
        }
        Booking booking = changes.visible(id, user);
        if (!booking.isBooked()) {
            throw new ConflictException("This booking is already " + booking.status());
        }
        boolean late = insideLateWindow(booking);
        if (user.isClient() && late) {
            throw RuleViolationException.of("start", "This session starts within "
                    + Policy.window(locations.get(booking.locationId()).lateCancelHours())
                    + "; please call us to change it");
        }
        if (!booking.start().isAfter(clock.instant())) {
            throw RuleViolationException.of("start", "This session has already started");
        }
        Ask ask = booker.resolve(user, new BookingRequest(booking.clientId().toString(),
                booking.locationId().toString(), booking.serviceCode(), request == null ? null : request.start(),
                request == null ? null : request.therapistId()));
        String screening = gate.check(booking.clientId());
        Needs needs = requirements.of(ask.service(), booking.clientId());
        booker.checkTime(ask);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Boolean moved = tx.execute(status -> {
                    if (move(booking, ask, needs, screening, user, late)) {
                        return true;
                    }
                    status.setRollbackOnly();
                    return false;
                });
                if (Boolean.TRUE.equals(moved)) {
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
        throw new ConflictException("That time was taken meanwhile; here are the nearest free times",
                Map.of("alternatives", booker.alternatives(ask, needs)));
    }

    boolean insideLateWindow(Booking booking) {
        int hours = locations.get(booking.locationId()).lateCancelHours();
        return clock.instant().isAfter(booking.start().minus(Duration.ofHours(hours)));
    }

    /** In the caller's transaction: false (and nothing kept) when the new time is taken. */
    private boolean move(Booking booking, Ask ask, Needs needs, String screening, ReliefDeskUser user, boolean late) {
        int released = jdbc.sql("""
                update booking set status = 'CANCELLED' where id = :id and status = 'BOOKED' and version = :version""")
                .param("id", booking.id()).param("version", booking.version()).update();
        if (released == 0) {
            throw new ConflictException("This booking was changed meanwhile");
        }
        jdbc.sql("delete from booking_equipment where booking_id = :id").param("id", booking.id()).update();
        booker.checkClientFree(ask);
        Pick pick = pickPreferring(ask, needs, booking.therapistId());
        if (pick == null) {
            return false;
        }
        long heldUntil = ask.end() + ask.location().bufferMinutes() * 60L;
        jdbc.sql("""
                update booking set status = 'BOOKED', therapist_id = :therapist, room_id = :room, starts_at = :start,
                    ends_at = :end, held_until = :held, screening_status = :screening, plan_id = :plan,
                    plan_version = :planVersion, required_skills = :skills, rescheduled_at = now(),
                    version = version + 1
                where id = :id""")
                .param("therapist", pick.therapist()).param("room", pick.room())
                .param("start", ScheduleLoader.at(ask.start())).param("end", ScheduleLoader.at(ask.end()))
                .param("held", ScheduleLoader.at(heldUntil)).param("screening", screening)
                .param("plan", needs.plan() == null ? null : needs.plan().planId())
                .param("planVersion", needs.plan() == null ? null : needs.plan().version())
                .param("skills", needs.skills().toArray(String[]::new)).param("id", booking.id()).update();
        booker.holdKit(booking.id(), pick, ask.start(), heldUntil);
        Instant newStart = Instant.ofEpochSecond(ask.start());
        jdbc.sql("""
                insert into booking_change (booking_id, kind, from_start, to_start, from_therapist, to_therapist,
                    late, changed_by)
                values (:booking, 'RESCHEDULED', :from, :to, :fromTherapist, :toTherapist, :late, :by)""")
                .param("booking", booking.id()).param("from", ScheduleLoader.at(booking.start().getEpochSecond()))
                .param("to", ScheduleLoader.at(ask.start())).param("fromTherapist", booking.therapistId())
                .param("toTherapist", pick.therapist()).param("late", late).param("by", user.id()).update();
        events.publishEvent(new BookingRescheduled(booking.id(), booking.clientId(), booking.locationId(),
                booking.serviceCode(), booking.therapistId(), booking.roomId(), booking.start(), booking.end(),
                pick.therapist(), newStart));
        return true;
    }

    /** Without a therapist named: the booking's own therapist when free, else any qualified one. */
    private Pick pickPreferring(Ask ask, Needs needs, UUID current) {
        if (ask.therapistId() != null) {
            return booker.pick(ask, needs);
        }
        try {
            Pick same = booker.pick(ask.withTherapist(current), needs);
            if (same != null) {
                return same;
            }
        } catch (RuleViolationException e) {
            // the current therapist cannot take that time at all: any qualified therapist may
        }
        return booker.pick(ask, needs);
    }
}
