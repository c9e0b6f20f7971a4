package org.reliefdesk.scheduling.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.notifications.Email;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.waitlist.WaitlistOffers;

/**
 * Queues the booking messages in the transaction of the change that causes them (the outbox sends
 * them once it commits): confirmations (one per course, not one per session), moves,
 * cancellations, reminders and waitlist offers. Sessions already under way get no message.
 */
@Component
public class BookingMail {

    private final Bookings bookings;
    private final Locations locations;
    private final ServiceLabels labels;
    private final Clients clients;
    private final Practice practice;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    BookingMail(Bookings bookings, Locations locations, ServiceLabels labels, Clients clients, Practice practice,
            Outbox outbox, JdbcClient jdbc, Clock clock,
            ReliefDeskSettings settings) {
        this.bookings = bookings;
        this.locations = locations;
        this.labels = labels;
        this.clients = clients;
        this.practice = practice;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
    }

    /** Runs just before the booking's transaction commits, so a course's sessions are known to be one. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingConfirmed event) {
        bookings.find(event.bookingId()).filter(b -> b.courseId() == null && upcoming(b.start()))
                .ifPresent(b -> queue(client(b), c -> BookingLetters.confirmed(c.email(), c.firstName(), session(b),
                        sender(b.locationId()))));
    }

    /** No letter for a hold that ended (expired or released): the client was never sent a booking. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingCancelled event) {
        bookings.find(event.bookingId()).filter(b -> upcoming(b.start()))
                .filter(b -> b.cancelReason() == null || !b.cancelReason().startsWith("HOLD_"))
                .ifPresent(b -> queue(client(b), c -> BookingLetters.cancelled(c.email(), c.firstName(), session(b),
                        event.lateCancellation(), sender(b.locationId()))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingRescheduled event) {
        bookings.find(event.bookingId()).ifPresent(b -> queue(client(b), c -> BookingLetters.changed(c.email(),
                c.firstName(), event.fromStart().atZone(ZoneId.of(b.timeZone())), session(b),
                sender(b.locationId()))));
    }

    /** One message listing every session of a new course (in the course's transaction). */
    public void courseBooked(UUID courseId) {
        List<Booking> sessions = jdbc.sql("select id from booking where course_id = :id order by starts_at")
                .param("id", courseId).query(UUID.class).list().stream().map(id -> bookings.find(id).orElseThrow())
                .filter(b -> upcoming(b.start())).toList();
        if (!sessions.isEmpty()) {
            Booking first = sessions.get(0);
            queue(client(first), c -> BookingLetters.course(c.email(), c.firstName(),
                    sessions.stream().map(this::session).toList(), sender(first.locationId())));
        }
    }

    /** Queues the reminder unless one with this key was queued before; true when queued now. */
    boolean reminder(Booking booking, String dedupeKey) {
        Client client = client(booking);
        return outbox.queue(BookingLetters.reminder(client.email(), client.firstName(), session(booking),
                sender(booking.locationId()), dedupeKey)) != null;
    }

    /** The offer of a held slot to a waiting client. */
    public void offer(WaitlistOffers.Offer offer) {
        Client client = clients.find(offer.clientId()).orElseThrow();
        Session session = session(offer);
        outbox.queue(BookingLetters.offer(client.email(), client.firstName(), session,
                offer.expiresAt().atZone(session.start().getZone()), baseUrl + "/waitlist/offers/" + offer.id(),
                sender(offer.locationId())));
    }

    public Session session(WaitlistOffers.Offer offer) {
        ZoneId zone = ZoneId.of(offer.timeZone());
        return new Session(labels.of(offer.serviceCode()), offer.start().atZone(zone), offer.end().atZone(zone),
                offer.therapistName());
    }

    public Session session(Booking b) {
        ZoneId zone = ZoneId.of(b.timeZone());
        return new Session(serviceLabel(b.serviceCode()), b.start().atZone(zone), b.end().atZone(zone),
                b.therapistName());
    }

    String serviceLabel(String code) {
        return labels.of(code);
    }

    public Sender sender(UUID locationId) {
        Location location = locations.get(locationId);
        Practice.Details details = practice.details();
        return new Sender(location.name(), location.address(), location.lateCancelHours(), details.name(),
                details.address(), details.phone(), baseUrl, Policy.fees(location.lateCancelHours(),
                        location.lateCancelFeeOrZero(), location.noShowFeeOrZero(), practice.currency()));
    }

    private boolean upcoming(Instant start) {
        return start.isAfter(clock.instant());
    }

    private Client client(Booking booking) {
        return clients.find(booking.clientId()).orElseThrow();
    }

    private void queue(Client client, java.util.function.Function<Client, Email> letter) {
        outbox.queue(letter.apply(client));
    }
}
