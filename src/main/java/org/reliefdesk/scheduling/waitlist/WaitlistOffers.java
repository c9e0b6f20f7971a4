package org.reliefdesk.scheduling.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingRescheduled;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.booking.RaceRetry;
import org.reliefdesk.scheduling.booking.SlotPicker;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.notices.BookingMail;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;

/**
 * Offers of freed time to waiting clients. When a booked time frees (cancelled or moved), in the
 * same transaction the first client waiting for that location, service and day (and therapist, if
 * they named one) who can take it gets an offer that holds therapist and room for the location's
 * offer time; accepting books it, declining or letting it expire passes it to the next client.
 */
@Component
public class WaitlistOffers {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOffers.class);
    /** A time starting sooner than this is not offered: nobody could plan to come. */
    static final Duration MINIMUM_NOTICE = Duration.ofMinutes(30);
    private final JdbcClient jdbc;
    private final Booker booker;
    private final SlotPicker picker;
    private final RaceRetry retry;
    private final Bookings bookings;
    private final Clients clients;
    private final ClientAccess access;
    private final Locations locations;
    private final Services services;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final BookingMail mail;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    WaitlistOffers(JdbcClient jdbc, Booker booker, SlotPicker picker, RaceRetry retry, Bookings bookings,
            Clients clients, ClientAccess access, Locations locations, Services services, ScreeningGate gate,
            Requirements requirements, BookingMail mail, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.booker = booker;
        this.picker = picker;
        this.retry = retry;
        this.bookings = bookings;
        this.clients = clients;
        this.access = access;
        this.locations = locations;
        this.services = services;
        this.gate = gate;
        this.requirements = requirements;
        this.mail = mail;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** An offer: the held time, until when, and what became of it (OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN). */
    public record Offer(UUID id, UUID entryId, UUID clientId, UUID locationId, String timeZone, String serviceCode,
            UUID therapistId, String therapistName, UUID roomId, Instant start, Instant end, Instant expiresAt,
            String status, UUID bookingId) {

        String isoStart() {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(java.time.ZoneId.of(timeZone))
                    .toOffsetDateTime());
        }
    }

    /** A span that just became free: who held it and where. */
    record Freed(UUID locationId, String serviceCode, UUID therapistId, Instant start, Instant end, UUID freedBy) {
    }

    @EventListener
    void on(BookingCancelled event) {
        bookings.find(event.bookingId()).ifPresent(b -> passOn(new Freed(b.locationId(), b.serviceCode(),
                b.therapistId(), b.start(), b.end(), b.clientId())));
    }

    @EventListener
    void on(BookingRescheduled event) {
        passOn(new Freed(event.locationId(), event.serviceCode(), event.fromTherapistId(), event.fromStart(),
                event.fromEnd(), event.clientId()));
    }

    /**
     * Offers the freed span to the next client who can take it, inside a savepoint of the caller's
     * transaction: if offering fails, the change that freed the time still stands.
     */
    void passOn(Freed freed) {
        try {
            savepoint.executeWithoutResult(status -> offerNext(freed));
        } catch (RuntimeException e) {
            log.warn("Could not offer the time freed at {} to the waitlist: {}", freed.start(), e.getMessage());
        }
    }

    /** Returns the new offer's id, or null when nobody waiting can take the time. */
    UUID offerNext(Freed freed) {
        Instant now = clock.instant();
        if (freed.start().isBefore(now.plus(MINIMUM_NOTICE))) {
            return null;
        }
        Location location = locations.get(freed.locationId());
        Service service = services.find(freed.serviceCode()).orElse(null);
        if (service == null || !service.active()) {
            return null;
        }
        List<Candidate> candidates = jdbc.sql("""
                select e.id, e.client_id from waitlist_entry e
                where e.status = 'WAITING' and e.location_id = :location and e.service_code = :service and e.day = :day
                  and (e.therapist_id is null or e.therapist_id = :therapist) and e.client_id <> :freedBy
                  and not exists (select 1 from waitlist_offer o where o.entry_id = e.id
                      and (o.status = 'OPEN' or (o.starts_at = :start and o.therapist_id = :therapist)))
                order by e.created_at, e.id
                for update of e skip locked""")
                .param("location", location.id()).param("service", service.code())
                .param("day", freed.start().atZone(location.zone()).toLocalDate()).param("therapist", freed.therapistId())
                .param("freedBy", freed.freedBy()).param("start", Timestamp.from(freed.start()))
                .query(Candidate.class).list();
        for (Candidate candidate : candidates) {
            UUID offer = tryOffer(candidate, freed, location, service, now);
            if (offer != null) {
                return offer;
            }
        }
        return null;
    }

    record Candidate(UUID id, UUID clientId) {
    }

    private UUID tryOffer(Candidate candidate, Freed freed, Location location, Service service, Instant now) {
        if (ScreeningGate.problem(gate.statusOf(candidate.clientId())) != null) {
            return null;
        }
        Client client = clients.find(candidate.clientId()).orElseThrow();
        Ask ask = new Ask(client, location, service, freed.start().getEpochSecond(), freed.therapistId(), null);
        Pick pick = pickFor(ask, requirements.of(service, client.id()));
        if (pick == null) {
            return null;
        }
        UUID id = insertOffer(candidate.id(), ask, pick, now);
        mail.offer(find(id).orElseThrow());
        return id;
    }

    /** The therapist and room free for the client at that time, or null. */
    private Pick pickFor(Ask ask, Needs needs) {
        try {
            picker.checkClientFree(ask);
            return picker.pick(ask, needs);
        } catch (RuleViolationException e) {
            return null;
        }
    }

    /** Holds the time for the location's offer time (never past the start). */
    private UUID insertOffer(UUID entryId, Ask ask, Pick pick, Instant now) {
        Location location = ask.location();
        Instant start = Instant.ofEpochSecond(ask.start());
        Instant end = Instant.ofEpochSecond(ask.end());
        Instant heldUntil = end.plus(Duration.ofMinutes(location.bufferMinutes()));
        Instant hold = now.plus(Duration.ofMinutes(location.offerHoldMinutes()));
        Instant expires = hold.isBefore(start) ? hold : start;
        return jdbc.sql("""
                insert into waitlist_offer (entry_id, client_id, location_id, service_code, therapist_id, room_id,
                    starts_at, ends_at, held_until, expires_at)
                values (:entry, :client, :location, :service, :therapist, :room, :start, :end, :held, :expires)
                returning id""")
                .param("entry", entryId).param("client", ask.client().id()).param("location", location.id())
                .param("service", ask.service().code()).param("therapist", pick.therapist()).param("room", pick.room())
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("held", Timestamp.from(heldUntil)).param("expires", Timestamp.from(expires))
                .query(UUID.class).single();
    }

    /** Books the held time for the client; 409 when the offer is no longer open or has expired. */
    public Booking accept(UUID id, ReliefDeskUser user) {
        Offer offer = decidable(id, user);
        Ask ask = booker.resolve(user, new BookingRequest(offer.clientId().toString(), offer.locationId().toString(),
                offer.serviceCode(), offer.isoStart(), offer.therapistId().toString()));
        String screening = gate.check(offer.clientId());
        Needs needs = requirements.of(ask.service(), offer.clientId());
        picker.checkTime(ask);
        UUID bookingId = retry.run(1, status -> take(offer, ask, needs, screening), constraint -> {
            throw new ConflictException("That time is no longer free");
        });
        if (bookingId == null) {
            throw new ConflictException("Another change to this time arrived at the same moment; please try again");
        }
        return bookings.find(bookingId).orElseThrow();
    }

    /** In the caller's transaction: the offer accepted, its time booked, the entry closed. */
    private UUID take(Offer offer, Ask ask, Needs needs, String screening) {
        close(offer.id(), "ACCEPTED", true);
        picker.checkClientFree(ask);
        UUID booked = booker.attempt(ask, needs, screening);
        if (booked == null) {
            throw new ConflictException("That time is no longer free; here are the nearest free times",
                    Map.of("alternatives", picker.alternatives(ask, needs)));
        }
        jdbc.sql("update waitlist_offer set booking_id = :booking where id = :id").param("booking", booked)
                .param("id", offer.id()).update();
        jdbc.sql("""
                update waitlist_entry set status = 'BOOKED', booking_id = :booking, closed_at = now()
                where id = :entry""").param("booking", booked).param("entry", offer.entryId()).update();
        return booked;
    }

    /** Lets the held time go: it is offered to the next client waiting. */
    public Offer decline(UUID id, ReliefDeskUser user) {
        Offer offer = decidable(id, user);
        tx.executeWithoutResult(status -> {
            close(id, "DECLINED", false);
            passOn(freed(offer));
        });
        return find(id).orElseThrow();
    }

    /** The client left the list: an open offer of theirs is withdrawn and passed on (caller's transaction). */
    void withdrawFor(UUID entryId) {
        jdbc.sql("select id from waitlist_offer where entry_id = :entry and status = 'OPEN' for update")
                .param("entry", entryId).query(UUID.class).optional().ifPresent(id -> {
                    close(id, "WITHDRAWN", false);
                    passOn(freed(find(id).orElseThrow()));
                });
    }

    /** Offers whose hold ran out pass to the next client; one at a time, each in its own transaction. */
    @Scheduled(fixedDelayString = "${reliefdesk.waitlist.poll:1m}", initialDelayString = "${reliefdesk.waitlist.poll:1m}")
    @SchedulerLock(name = "waitlist-offers", lockAtMostFor = "PT10M")
    void expireDue() {
        for (int i = 0; i < 500; i++) {
            Boolean expired = tx.execute(status -> expireOne());
            if (!Boolean.TRUE.equals(expired)) {
                return;
            }
        }
    }

    private boolean expireOne() {
        Optional<UUID> due = jdbc.sql("""
                select id from waitlist_offer where status = 'OPEN' and expires_at <= :now
                order by expires_at limit 1 for update skip locked""")
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).optional();
        due.ifPresent(id -> {
            close(id, "EXPIRED", false);
            passOn(freed(find(id).orElseThrow()));
        });
        return due.isPresent();
    }

    private Freed freed(Offer offer) {
        return new Freed(offer.locationId(), offer.serviceCode(), offer.therapistId(), offer.start(), offer.end(),
                offer.clientId());
    }

    /** Moves an open offer to its outcome; 409 when it is not open (or, for acceptance, past its hold). */
    private void close(UUID id, String outcome, boolean mustBeInTime) {
        int updated = jdbc.sql("""
                update waitlist_offer set status = :outcome, decided_at = now()
                where id = :id and status = 'OPEN' and (not :inTime or expires_at > :now)""")
                .param("outcome", outcome).param("id", id).param("inTime", mustBeInTime)
                .param("now", Timestamp.from(clock.instant())).update();
        if (updated == 0) {
            throw new ConflictException("This offer is no longer open");
        }
    }

    /** An open offer this user may act on (its client, front desk or an administrator). */
    private Offer decidable(UUID id, ReliefDeskUser user) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators act on offers for clients");
        }
        Offer offer = visible(id, user);
        if (!offer.status().equals("OPEN")) {
            throw new ConflictException("This offer was " + offer.status().toLowerCase() + " already");
        }
        if (!offer.expiresAt().isAfter(clock.instant())) {
            throw new ConflictException("This offer has expired");
        }
        return offer;
    }

    public Offer visible(UUID id, ReliefDeskUser user) {
        Offer offer = find(id).orElseThrow(() -> new NotFoundException("Offer"));
        if (user.isClient()) {
            access.profile(offer.clientId(), user);
        }
        return offer;
    }

    Optional<Offer> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** The offers made to one waitlist entry, newest first. */
    public List<Offer> ofEntry(UUID entryId) {
        return jdbc.sql(SELECT + " where o.entry_id = :entry order by o.created_at desc").param("entry", entryId)
                .query((rs, n) -> map(rs)).list();
    }

    private static final String SELECT = """
            select o.id, o.entry_id, o.client_id, o.location_id, l.time_zone, o.service_code, o.therapist_id,
                u.full_name, o.room_id, o.starts_at, o.ends_at, o.expires_at, o.status, o.booking_id
            from waitlist_offer o join location l on l.id = o.location_id join app_user u on u.id = o.therapist_id""";

    private static Offer map(ResultSet rs) throws SQLException {
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getString("time_zone"), rs.getString("service_code"), rs.getObject("therapist_id", UUID.class),
                rs.getString("full_name"), rs.getObject("room_id", UUID.class), instant(rs, "starts_at"),
                instant(rs, "ends_at"), instant(rs, "expires_at"), rs.getString("status"),
                rs.getObject("booking_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
