package org.reliefdesk.scheduling.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.booking.BookingAggregate.Arrival;
import org.reliefdesk.scheduling.booking.BookingAggregate.Cancellation;
import org.reliefdesk.scheduling.booking.BookingAggregate.Completion;
import org.reliefdesk.scheduling.booking.BookingAggregate.Move;
import org.reliefdesk.scheduling.booking.BookingAggregate.NewBooking;
import org.reliefdesk.scheduling.booking.BookingAggregate.NoShow;
import org.reliefdesk.scheduling.booking.BookingAggregate.Placement;
import org.reliefdesk.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import static org.reliefdesk.scheduling.availability.ScheduleLoader.at;

/**
 * The only code that writes the {@code booking} table and the rows that go with a booking (its kit
 * unit in {@code booking_equipment}, its moves in {@code booking_change}). It saves what the
 * {@link BookingAggregate}'s verbs return and publishes their events, in the caller's transaction.
 */
@Component
public class BookingStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionOperations tx;

    BookingStore(JdbcClient jdbc, ApplicationEventPublisher events, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
    }

    /** Inserts the booking, holds its kit unit, publishes {@code BookingConfirmed}; returns its id. */
    UUID insert(NewBooking booking) {
        UUID id = insert(booking, null);
        events.publishEvent(booking.confirmed(id));
        return id;
    }

    /** Inserts a hold (HELD until {@code expiresAt}); nothing is published until the intake confirms it. */
    UUID insertHold(NewBooking booking, Instant expiresAt) {
        return insert(booking, expiresAt);
    }

    private UUID insert(NewBooking booking, Instant holdExpiresAt) {
        expireOverdueHolds();
        Booker.Ask ask = booking.ask();
        UUID id = place(jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                    held_until, screening_status, plan_id, plan_version, required_skills, created_by, status,
                    hold_expires_at)
                values (:client, :location, :service, :therapist, :room, :start, :end, :held, :screening, :plan,
                    :planVersion, :skills, :by, :status, :expires) returning id"""), booking.placement())
                .param("client", ask.client().id()).param("location", ask.location().id())
                .param("service", ask.service().code()).param("by", ask.bookedBy())
                .param("status", holdExpiresAt == null ? "BOOKED" : "HELD")
                .param("expires", holdExpiresAt == null ? null : holdExpiresAt.atOffset(ZoneOffset.UTC))
                .query(UUID.class).single();
        holdKit(id, booking.placement());
        return id;
    }

    private static final String OVERDUE_HOLDS = """
            update booking set status = 'CANCELLED', cancel_reason = 'HOLD_EXPIRED', cancelled_at = hold_expires_at,
                version = version + 1
            where status = 'HELD' and hold_expires_at <= now()
            returning id, client_id, location_id, service_code, therapist_id, starts_at""";

    /**
     * Before a write that takes time: holds past their minutes become CANCELLED (HOLD_EXPIRED) in the
     * writer's transaction, so that the exclusion constraints and the one-hold-per-client index let them go
     * (found through the partial index {@code booking_hold_expiry_ix}). Nothing is published here: an offer
     * to the waitlist could claim the very time being written; the clean-up job publishes what it expires.
     */
    private void expireOverdueHolds() {
        jdbc.sql(OVERDUE_HOLDS).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /**
     * The clean-up job's step: marks the overdue holds CANCELLED (HOLD_EXPIRED) with one conditional
     * update, so that of several instances only the one that changed a row publishes its
     * {@code BookingCancelled}; returns the ids this call changed.
     */
    public List<UUID> expireHolds() {
        List<BookingCancelled> expired = jdbc.sql(OVERDUE_HOLDS).query((rs, n) -> cancelled(rs)).list();
        expired.forEach(events::publishEvent);
        return expired.stream().map(BookingCancelled::bookingId).toList();
    }

    /**
     * A hold whose client's intake now lets them book becomes BOOKED under that screening status and
     * {@code BookingConfirmed} is published; false when it is no longer an active hold.
     */
    public boolean confirmHold(UUID id, String screening) {
        return jdbc.sql("""
                update booking set status = 'BOOKED', screening_status = :screening, version = version + 1
                where id = :id and status = 'HELD' and hold_expires_at > now()
                returning client_id, therapist_id, starts_at""").param("screening", screening).param("id", id)
                .query((rs, n) -> new BookingConfirmed(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional().map(confirmed -> {
                    events.publishEvent(confirmed);
                    return true;
                }).orElse(false);
    }

    /** An active hold let go (CANCELLED, HOLD_RELEASED) and {@code BookingCancelled} published; false when not active. */
    public boolean releaseHold(UUID id) {
        return jdbc.sql("""
                update booking set status = 'CANCELLED', cancel_reason = 'HOLD_RELEASED', cancelled_at = now(),
                    version = version + 1
                where id = :id and status = 'HELD' and hold_expires_at > now()
                returning id, client_id, location_id, service_code, therapist_id, starts_at""").param("id", id)
                .query((rs, n) -> cancelled(rs)).optional().map(event -> {
                    events.publishEvent(event);
                    return true;
                }).orElse(false);
    }

    private static BookingCancelled cancelled(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BookingCancelled(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                rs.getObject(6, OffsetDateTime.class).toInstant(), false);
    }

    /** The new booking records a visit from before ReliefDesk (in the inserting transaction). */
    void markPastVisit(UUID id) {
        jdbc.sql("update booking set past_visit = true where id = :id").param("id", id).update();
    }

    /** 409 when it was changed meanwhile; its kit unit is released. */
    void save(Cancellation cancellation) {
        int updated = jdbc.sql("""
                update booking set status = 'CANCELLED', cancelled_at = now(), cancelled_by = :by,
                    late_cancellation = :late, cancel_reason = :reason, cancel_note = :note, version = version + 1
                where id = :id and status in ('HELD', 'BOOKED', 'CHECKED_IN')
                  and (status <> 'HELD' or hold_expires_at > now())""")
                .param("by", cancellation.by()).param("late", cancellation.late())
                .param("reason", cancellation.reason() == null ? null : cancellation.reason().name())
                .param("note", cancellation.note()).param("id", cancellation.id()).update();
        if (updated == 0) {
            throw new ConflictException("This booking was changed meanwhile");
        }
        jdbc.sql("update booking_equipment set released = true where booking_id = :id")
                .param("id", cancellation.id()).update();
        events.publishEvent(cancellation.event());
    }

    /** 409 when it was changed meanwhile; publishes {@code BookingNoShow} (the fee follows from it). */
    void save(NoShow noShow) {
        changed(jdbc.sql("""
                update booking set status = 'NO_SHOW', version = version + 1
                where id = :id and status in ('BOOKED', 'CHECKED_IN')""").param("id", noShow.id()).update());
        events.publishEvent(noShow.event());
    }

    /** 409 when it was changed meanwhile. */
    void save(Arrival arrival) {
        changed(jdbc.sql("""
                update booking set status = 'CHECKED_IN', checked_in_at = now(), checked_in_by = :by,
                    version = version + 1
                where id = :id and status = 'BOOKED'""").param("by", arrival.by()).param("id", arrival.id()).update());
    }

    /** 409 when it was changed meanwhile. */
    void save(Completion completion) {
        changed(jdbc.sql("""
                update booking set status = 'COMPLETED', completed_at = now(), completed_by = :by,
                    version = version + 1
                where id = :id and status in ('BOOKED', 'CHECKED_IN')""")
                .param("by", completion.by()).param("id", completion.id()).update());
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new ConflictException("This booking was changed meanwhile");
        }
    }

    /**
     * The first step of a move: the booking's time and kit are let go (409 when the booking changed
     * since {@code version}), so that its new time may overlap its old one.
     */
    void vacate(UUID id, int version) {
        expireOverdueHolds();
        int released = jdbc.sql("""
                update booking set status = 'CANCELLED' where id = :id and status = 'BOOKED' and version = :version""")
                .param("id", id).param("version", version).update();
        if (released == 0) {
            throw new ConflictException("This booking was changed meanwhile");
        }
        jdbc.sql("delete from booking_equipment where booking_id = :id").param("id", id).update();
    }

    /** After {@link #vacate}: the same row takes the new placement; the move is recorded and published. */
    void save(Move move) {
        UUID id = move.from().id();
        place(jdbc.sql("""
                update booking set status = 'BOOKED', therapist_id = :therapist, room_id = :room, starts_at = :start,
                    ends_at = :end, held_until = :held, screening_status = :screening, plan_id = :plan,
                    plan_version = :planVersion, required_skills = :skills, rescheduled_at = now(),
                    version = version + 1
                where id = :id"""), move.to()).param("id", id).update();
        holdKit(id, move.to());
        jdbc.sql("""
                insert into booking_change (booking_id, kind, from_start, to_start, from_therapist, to_therapist,
                    late, changed_by)
                values (:booking, 'RESCHEDULED', :from, :to, :fromTherapist, :toTherapist, :late, :by)""")
                .param("booking", id).param("from", at(move.from().start().getEpochSecond()))
                .param("to", at(move.to().start())).param("fromTherapist", move.from().therapistId())
                .param("toTherapist", move.to().pick().therapist()).param("late", move.late())
                .param("by", move.by()).update();
        events.publishEvent(move.event());
    }

    /** When a client's screening changes: their future bookings flagged for staff review, or unflagged. */
    void flagForReview(UUID clientId, boolean review) {
        jdbc.sql("""
                update booking set needs_review = :review
                where client_id = :client and status = 'BOOKED' and ends_at > now() and needs_review <> :review""")
                .param("review", review).param("client", clientId).update();
    }

    /** The retention purge: the free text kept on the client's bookings (cancellation notes) is cleared. */
    void clearNotes(UUID clientId) {
        jdbc.sql("update booking set cancel_note = null where client_id = :client and cancel_note is not null")
                .param("client", clientId).update();
    }

    /** A reminder for the booking's current start is queued (in the queuing's transaction). */
    public void reminderQueued(UUID id) {
        jdbc.sql("update booking set reminder_queued_for = starts_at where id = :id").param("id", id).update();
    }

    /** The bookings are the sessions of one course. */
    public void linkToCourse(UUID courseId, List<UUID> bookingIds) {
        jdbc.sql("update booking set course_id = :course where id = any(:ids)").param("course", courseId)
                .param("ids", bookingIds.toArray(UUID[]::new)).update();
    }

    /** Reads as if the booking were not there: in a transaction that lets it go and is then rolled back. */
    <T> T asIfVacated(UUID id, Supplier<T> read) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("update booking set status = 'CANCELLED' where id = :id and status = 'BOOKED'")
                    .param("id", id).update();
            return read.get();
        });
    }

    /** One earlier time of a moved booking, and whether it was moved inside the late window. */
    record Moved(Instant from, boolean late) {
    }

    /** The booking's moves, oldest first. */
    List<Moved> moves(UUID id) {
        return jdbc.sql("select from_start, late from booking_change where booking_id = :id order by changed_at")
                .param("id", id)
                .query((rs, n) -> new Moved(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getBoolean(2)))
                .list();
    }

    private static StatementSpec place(StatementSpec spec, Placement p) {
        return spec.param("therapist", p.pick().therapist()).param("room", p.pick().room())
                .param("start", at(p.start())).param("end", at(p.end())).param("held", at(p.heldUntil()))
                .param("screening", p.screening())
                .param("plan", p.needs().plan() == null ? null : p.needs().plan().planId())
                .param("planVersion", p.needs().plan() == null ? null : p.needs().plan().version())
                .param("skills", p.needs().skills().toArray(String[]::new));
    }

    /** Holds the picked kit unit (if any) for the booking's span plus buffer. */
    private void holdKit(UUID bookingId, Placement p) {
        if (p.pick().kit() != null) {
            jdbc.sql("insert into booking_equipment (booking_id, unit_id, held) values (:b, :u, tstzrange(:s, :h))")
                    .param("b", bookingId).param("u", p.pick().kit())
                    .param("s", at(p.start())).param("h", at(p.heldUntil())).update();
        }
    }
}
