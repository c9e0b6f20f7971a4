package org.reliefdesk.scheduling.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.notifications.Letter;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingConfirmed;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.notices.BookingEmails.Booked;
import org.reliefdesk.scheduling.notices.BookingEmails.Recipient;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.context.MessageSource;
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
 * cancellations, reminders and waitlist offers, each in the client's language and from the practice.
 * Sessions already under way get no message.
 */
@Component
public class BookingMail {

    private final Bookings bookings;
    private final Locations locations;
    private final ServiceLabels labels;
    private final Clients clients;
    private final Accounts accounts;
    private final Practice practice;
    private final Outbox outbox;
    private final BookingEmails emails;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    BookingMail(Bookings bookings, Locations locations, ServiceLabels labels, Clients clients, Accounts accounts,
            Practice practice, Outbox outbox, MessageSource messages, JdbcClient jdbc, Clock clock,
            ReliefDeskSettings settings) {
        this.bookings = bookings;
        this.locations = locations;
        this.labels = labels;
        this.clients = clients;
        this.accounts = accounts;
        this.practice = practice;
        this.outbox = outbox;
        this.emails = new BookingEmails(messages);
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
    }

    /** Runs just before the booking's transaction commits, so a course's sessions are known to be one. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingConfirmed event) {
        bookings.find(event.bookingId()).filter(b -> b.courseId() == null && upcoming(b.start())).ifPresent(b -> {
            Recipient to = recipient(b.clientId());
            outbox.queue(emails.confirmed(to, booked(b, to.locale()), venue(b.locationId())));
        });
    }

    /** No letter for a hold that ended (expired or released): the client was never sent a booking. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingCancelled event) {
        bookings.find(event.bookingId()).filter(b -> upcoming(b.start()))
                .filter(b -> b.cancelReason() == null || !b.cancelReason().startsWith("HOLD_")).ifPresent(b -> {
                    Recipient to = recipient(b.clientId());
                    outbox.queue(emails.cancelled(to, booked(b, to.locale()), event.lateCancellation(),
                            venue(b.locationId())));
                });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingRescheduled event) {
        bookings.find(event.bookingId()).ifPresent(b -> {
            Recipient to = recipient(b.clientId());
            outbox.queue(emails.moved(to, event.fromStart().atZone(ZoneId.of(b.timeZone())), booked(b, to.locale()),
                    venue(b.locationId())));
        });
    }

    /** One message listing every session of a new course (in the course's transaction). */
    public void courseBooked(UUID courseId) {
        List<Booking> sessions = jdbc.sql("select id from booking where course_id = :id order by starts_at")
                .param("id", courseId).query(UUID.class).list().stream().map(id -> bookings.find(id).orElseThrow())
                .filter(b -> upcoming(b.start())).toList();
        if (!sessions.isEmpty()) {
            Booking first = sessions.get(0);
            Recipient to = recipient(first.clientId());
            outbox.queue(emails.course(to, sessions.stream().map(b -> booked(b, to.locale())).toList(),
                    venue(first.locationId())));
        }
    }

    /** Queues the reminder unless one with this key was queued before; true when queued now. */
    boolean reminder(Booking booking, String dedupeKey) {
        Recipient to = recipient(booking.clientId());
        return outbox.queue(emails.reminder(to, session(booking, to.locale()), venue(booking.locationId()),
                dedupeKey)) != null;
    }

    /** The offer of a held slot to a waiting client. */
    public void offer(WaitlistOffers.Offer offer) {
        Recipient to = recipient(offer.clientId());
        ZoneId zone = ZoneId.of(offer.timeZone());
        Session session = new Session(labels.of(offer.serviceCode(), to.locale()), offer.start().atZone(zone),
                offer.end().atZone(zone), offer.therapistName());
        outbox.queue(emails.offer(to, session, offer.expiresAt().atZone(zone), baseUrl + "/waitlist/offers/" + offer.id(),
                venue(offer.locationId())));
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
                details.address(), details.phone(), baseUrl);
    }

    /** The location and the practice as an email shows them (the practice's name, email and signature). */
    Venue venue(UUID locationId) {
        Location location = locations.get(locationId);
        Practice.Details details = practice.details();
        Sender sender = new Sender(location.name(), location.address(), location.lateCancelHours(), details.name(),
                details.address(), details.phone(), baseUrl);
        return new Venue(sender, new Letter.Letterhead(details.name(), details.email(), details.address(),
                details.phone()), location.lateCancelFeeOrZero(), location.noShowFeeOrZero(), practice.currency(),
                outbox.senderAddress());
    }

    private Session session(Booking b, Locale locale) {
        ZoneId zone = ZoneId.of(b.timeZone());
        return new Session(labels.of(b.serviceCode(), locale), b.start().atZone(zone), b.end().atZone(zone),
                b.therapistName());
    }

    /** The session and how often it has moved (its calendar SEQUENCE). */
    private Booked booked(Booking b, Locale locale) {
        int moves = jdbc.sql("select count(*) from booking_change where booking_id = :id").param("id", b.id())
                .query(Integer.class).single();
        return new Booked(b.id(), session(b, locale), moves);
    }

    private Recipient recipient(UUID clientId) {
        Client client = clients.find(clientId).orElseThrow();
        Locale locale = practice.documentLocale(
                Letter.language(client.userId() == null ? null : accounts.preferredLanguage(client.userId())));
        return new Recipient(client.email(), client.firstName(), client.fullName(), locale);
    }

    private boolean upcoming(Instant start) {
        return start.isAfter(clock.instant());
    }
}
