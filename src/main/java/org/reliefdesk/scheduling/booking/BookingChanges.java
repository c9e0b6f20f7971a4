package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.Visits;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cancelling a booking (late-window rule), no-shows, arrivals and completions: the aggregate's verbs, saved by the store. */
@Component
public class BookingChanges implements Visits {

    private final Bookings bookings;
    private final BookingStore store;
    private final Locations locations;
    private final ClientAccess access;
    private final Clock clock;

    BookingChanges(Bookings bookings, BookingStore store, Locations locations, ClientAccess access, Clock clock) {
        this.bookings = bookings;
        this.store = store;
        this.locations = locations;
        this.access = access;
        this.clock = clock;
    }

    /** The booking, if this user may see it (a client only their own; anyone else 404). */
    @Override
    public Booking visible(UUID id, ReliefDeskUser user) {
        Booking booking = bookings.find(id).orElseThrow(() -> new NotFoundException("Booking"));
        if (user.isClient()) {
            access.profile(booking.clientId(), user);
        }
        return booking;
    }

    /** The booking with its location's late window, if this user may see it. */
    BookingAggregate aggregate(UUID id, ReliefDeskUser user) {
        return of(visible(id, user));
    }

    BookingAggregate of(Booking booking) {
        return new BookingAggregate(booking, locations.get(booking.locationId()).lateCancelHours());
    }

    /** Whether the session starts within its location's late-cancellation window. */
    public boolean insideLateWindow(Booking booking) {
        return of(booking).insideLateWindow(clock.instant());
    }

    /**
     * Clients cancel outside the late window only ("please call us"); staff any time, flagged when late. The
     * reason (may be null) and the note (optional) are kept on the booking.
     */
    @Transactional
    public Booking cancel(UUID id, ReliefDeskUser user, CancelReason reason, String note) {
        store.save(aggregate(id, user).cancel(reason, note, user, clock.instant()));
        return bookings.find(id).orElseThrow();
    }

    /** Every booking and hold of the client that has not started yet, cancelled because their account was closed. */
    @Override
    @Transactional
    public List<UUID> cancelForClosedAccount(UUID clientId, UUID by) {
        Instant now = clock.instant();
        List<Booking> future = bookings.all(new Bookings.Filter(now, null, null, null, clientId, null)).stream()
                .filter(b -> b.start().isAfter(now)
                        && (b.status() == BookingStatus.BOOKED || b.status() == BookingStatus.HELD))
                .toList();
        future.forEach(b -> store.save(of(b).cancelForClosedAccount(by)));
        return future.stream().map(Booking::id).toList();
    }

    @Override
    @Transactional
    public void forgetNotes(UUID clientId) {
        store.clearNotes(clientId);
    }

    /** Staff record that the client did not come (once the session has started). */
    @Transactional
    public Booking noShow(UUID id, ReliefDeskUser user) {
        store.save(aggregate(id, user).markNoShow(user, clock.instant()));
        return bookings.find(id).orElseThrow();
    }

    /** Staff check the client in on the session's day. */
    @Transactional
    public Booking checkIn(UUID id, ReliefDeskUser user) {
        store.save(aggregate(id, user).checkIn(user, clock.instant()));
        return bookings.find(id).orElseThrow();
    }

    /** Staff mark the session as completed once it has started. */
    @Override
    @Transactional
    public Booking complete(UUID id, ReliefDeskUser user) {
        store.save(aggregate(id, user).complete(user, clock.instant()));
        return bookings.find(id).orElseThrow();
    }
}
