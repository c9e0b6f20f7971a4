package org.reliefdesk.scheduling.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.agenda.BookReader.Staffing;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Today's book in the demo practice: sessions every 90 minutes through each therapist's working day (Tara, the
 * README's therapist login, first), so that the front desk sees every status at once: the morning's sessions
 * completed (one a no-show), the one under way checked in, the rest booked, one of them cancelled. Statuses are
 * written through the booking's own verbs. Seeded once a day (a day that already has arrivals is left alone).
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class BookDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(BookDemoData.class);
    private static final List<String> THERAPISTS = List.of("therapist@demo.reliefdesk.local",
            "jon@demo.reliefdesk.local", "mara@demo.reliefdesk.local");
    private final Booker booker;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final BookReader reader;
    private final Requirements requirements;
    private final ScreeningGate gate;
    private final Clients clients;
    private final Accounts accounts;
    private final Locations locations;
    private final TransactionTemplate tx;
    private final Clock clock;

    BookDemoData(Booker booker, BookingChanges changes, Bookings bookings, BookReader reader,
            Requirements requirements, ScreeningGate gate, Clients clients, Accounts accounts, Locations locations,
            TransactionTemplate tx, Clock clock) {
        this.booker = booker;
        this.changes = changes;
        this.bookings = bookings;
        this.reader = reader;
        this.requirements = requirements;
        this.gate = gate;
        this.clients = clients;
        this.accounts = accounts;
        this.locations = locations;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void seed() {
        Location place = locations.all().stream().filter(l -> l.name().equals(SchedulingDemoData.LOCATION))
                .findFirst().orElse(null);
        ReliefDeskUser desk = accounts.findByEmail("frontdesk@demo.reliefdesk.local")
                .map(a -> new ReliefDeskUser(a.id(), a.email(), a.fullName(), a.role(), null)).orElse(null);
        if (place == null || desk == null) {
            return;
        }
        missedLastWeek(place);
        if (seededToday(place)) {
            return;
        }
        List<Client> bookable = clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items().stream()
                .filter(c -> ScreeningGate.problem(gate.statusOf(c.id())) == null).toList();
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        var staff = reader.staffing(place.id(), today.atStartOfDay(place.zone()).toInstant(),
                today.plusDays(1).atStartOfDay(place.zone()).toInstant());
        List<UUID> made = new ArrayList<>();
        for (String email : THERAPISTS) {
            accounts.findByEmail(email).map(a -> staff.get(a.id()))
                    .ifPresent(s -> made.addAll(day(desk, place, s, today, bookable)));
        }
        statuses(desk, made);
        log.info("Demo: today's book has {} sessions", made.size());
    }

    /** A session every 90 minutes through the therapist's working time today, each with a client free then. */
    private List<UUID> day(ReliefDeskUser desk, Location place, Staffing staffing, LocalDate today, List<Client> bookable) {
        List<UUID> made = new ArrayList<>();
        int n = 0;
        for (int[] open : Sheets.open(staffing, today, place.zone())) {
            for (int m = open[0]; m + 60 <= open[1]; m += 90) {
                String start = ZonedDateTime.of(today.atStartOfDay().plusMinutes(m), place.zone())
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                for (int k = 0; k < bookable.size(); k++) {
                    UUID id = book(desk, place, staffing.id(), bookable.get((n + k) % bookable.size()), start);
                    if (id != null) {
                        made.add(id);
                        n++;
                        break;
                    }
                }
            }
        }
        return made;
    }

    /** Books even a time already begun today (demo only): every other rule still applies. Null when refused. */
    private UUID book(ReliefDeskUser desk, Location place, UUID therapist, Client client, String start) {
        try {
            var ask = booker.resolve(desk, new BookingRequest(client.id().toString(), place.id().toString(),
                    "MEDICAL_MASSAGE_60", start, therapist.toString()));
            return tx.execute(s -> booker.attempt(ask, requirements.of(ask.service(), client.id()),
                    gate.statusOf(client.id())));
        } catch (RuntimeException e) {
            return null; // the client or the therapist is taken then
        }
    }

    /** Past sessions completed (the second a no-show), the one under way checked in, one later one cancelled. */
    private void statuses(ReliefDeskUser desk, List<UUID> made) {
        Instant now = clock.instant();
        int past = 0;
        boolean cancelled = false;
        for (UUID id : made) {
            var b = bookings.find(id).orElseThrow();
            if (!b.end().isAfter(now) && past++ == 1) {
                changes.noShow(id, desk);
            } else if (!b.end().isAfter(now)) {
                changes.checkIn(id, desk);
                changes.complete(id, desk);
            } else if (!b.start().isAfter(now)) {
                changes.checkIn(id, desk);
            } else if (!cancelled && b.start().isAfter(now.plusSeconds(3 * 3600L))) {
                changes.cancel(id, desk, CancelReason.CLIENT_REQUEST, "Demo: the client phoned to cancel");
                cancelled = true;
            }
        }
    }

    /**
     * One visit last week the client missed, entered as a past visit and marked a no-show (once): the billing
     * demo waives its fee. Tries 10:00 on each of the last 14 days until the hours allow it.
     */
    private void missedLastWeek(Location place) {
        ReliefDeskUser admin = accounts.findByEmail("admin@demo.reliefdesk.local")
                .map(a -> new ReliefDeskUser(a.id(), a.email(), a.fullName(), a.role(), null)).orElse(null);
        List<Client> demo = clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items().stream()
                .filter(c -> ScreeningGate.problem(gate.statusOf(c.id())) == null).toList();
        Instant now = clock.instant();
        if (admin == null || demo.isEmpty() || bookings.all(new Bookings.Filter(now.minusSeconds(15 * 86_400L), now,
                place.id(), null, null, BookingStatus.NO_SHOW)).stream().anyMatch(b -> b.pastVisit())) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        for (int back = 7; back <= 14; back++) {
            String start = ZonedDateTime.of(today.minusDays(back).atTime(10, 0), place.zone())
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            try {
                var visit = booker.book(admin, new BookingRequest(demo.get(0).id().toString(), place.id().toString(),
                        "MEDICAL_MASSAGE_60", start, null, null, true));
                changes.noShow(visit.id(), admin);
                return;
            } catch (RuntimeException e) {
                log.debug("Demo: no past visit at {} ({})", start, e.getMessage());
            }
        }
    }

    /** Whether today already has arrivals or completions (then it was seeded, or the day is under way). */
    private boolean seededToday(Location place) {
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        Instant from = today.atStartOfDay(place.zone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(place.zone()).toInstant();
        return bookings.all(new Bookings.Filter(from, to, place.id(), null, null, null)).stream()
                .anyMatch(b -> b.status() == BookingStatus.CHECKED_IN || b.status() == BookingStatus.COMPLETED);
    }
}
