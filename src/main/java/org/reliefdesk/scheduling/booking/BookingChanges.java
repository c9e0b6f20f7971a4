package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.reliefdesk.scheduling.practice.Locations;

/** Cancelling a booking (late-window rule) and recording a no-show. */
@Component
public class BookingChanges {

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final Locations locations;
    private final ClientAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingChanges(JdbcClient jdbc, Bookings bookings, Locations locations, ClientAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.locations = locations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The booking, if this user may see it (a client only their own; anyone else 404). */
    public Booking visible(UUID id, ReliefDeskUser user) {
        Booking booking = bookings.find(id).orElseThrow(() -> new NotFoundException("Booking"));
        if (user.isClient()) {
            access.profile(booking.clientId(), user);
        }
        return booking;
    }

    /** Clients cancel outside the late window only ("please call us"); staff any time, flagged when late. */
    @Transactional
    public Booking cancel(UUID id, ReliefDeskUser user, String reason) {
        Booking booking = visible(id, user);
        if (!booking.isBooked()) {
            throw new ConflictException("This booking is already " + booking.status());
        }
        Instant now = clock.instant();
        int lateHours = locations.get(booking.locationId()).lateCancelHours();
        boolean late = now.isAfter(booking.start().minus(Duration.ofHours(lateHours)));
        if (user.isClient() && late) {
            throw RuleViolationException.of("start", "This session starts within " + lateHours
                    + " hours; please call us to cancel");
        }
        int updated = jdbc.sql("""
                update booking set status = 'CANCELLED', cancelled_at = now(), cancelled_by = :by,
                    late_cancellation = :late, cancel_reason = :reason, version = version + 1
                where id = :id and status = 'BOOKED'""")
                .param("by", user.id()).param("late", late).param("reason", reason).param("id", id).update();
        if (updated == 0) {
            throw new ConflictException("This booking was changed meanwhile");
        }
        jdbc.sql("update booking_equipment set released = true where booking_id = :id").param("id", id).update();
        events.publishEvent(new BookingCancelled(id, booking.clientId(), booking.locationId(), booking.serviceCode(),
                booking.therapistId(), booking.start(), late));
        return bookings.find(id).orElseThrow();
    }

    /** Staff record that the client did not come (once the session has started). */
    @Transactional
    public Booking noShow(UUID id, ReliefDeskUser user) {
        Booking booking = visible(id, user);
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff record a no-show");
        }
        if (!booking.isBooked()) {
            throw new ConflictException("This booking is already " + booking.status());
        }
        if (clock.instant().isBefore(booking.start())) {
            throw RuleViolationException.of("start", "A no-show is recorded once the session has started");
        }
        jdbc.sql("update booking set status = 'NO_SHOW', version = version + 1 where id = :id and status = 'BOOKED'")
                .param("id", id).update();
        return bookings.find(id).orElseThrow();
    }
}
