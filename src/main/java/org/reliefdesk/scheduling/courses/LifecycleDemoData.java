package org.reliefdesk.scheduling.courses;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;
import org.reliefdesk.scheduling.waitlist.Waitlist;

/**
 * The booking lifecycle in the demo practice: Casey Client's (or, without her, the first bookable
 * demo client's) weekly course with Priya Raman, three
 * sessions done and three to come; another client waiting for a day on which the front desk then
 * cancels a session, so the time is offered to them; and the messages all this queued in the outbox
 * (in development written to ./data/outbox as .eml files).
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class LifecycleDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(LifecycleDemoData.class);
    static final String COURSE_CLIENT = "client@demo.reliefdesk.local";
    private final Courses courses;
    private final Waitlist waitlist;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final Clients clients;
    private final Accounts accounts;
    private final Locations locations;
    private final Services services;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final JdbcClient jdbc;
    private final Clock clock;

    LifecycleDemoData(Courses courses, Waitlist waitlist, BookingChanges changes, Bookings bookings, Clients clients,
            Accounts accounts, Locations locations, Services services, ScreeningGate gate, Requirements requirements,
            JdbcClient jdbc, Clock clock) {
        this.courses = courses;
        this.waitlist = waitlist;
        this.changes = changes;
        this.bookings = bookings;
        this.clients = clients;
        this.accounts = accounts;
        this.locations = locations;
        this.services = services;
        this.gate = gate;
        this.requirements = requirements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed() {
        Location location = locations.all().stream().filter(l -> l.name().equals(SchedulingDemoData.LOCATION))
                .findFirst().orElse(null);
        ReliefDeskUser desk = user("frontdesk@demo.reliefdesk.local");
        var priya = accounts.findByEmail("priya@demo.reliefdesk.local");
        if (location == null || desk == null || priya.isEmpty()) {
            return;
        }
        List<Client> bookable = clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items().stream()
                .filter(c -> ScreeningGate.problem(gate.statusOf(c.id())) == null).toList();
        Client casey = bookable.stream().filter(c -> c.email().equals(COURSE_CLIENT)).findFirst()
                .orElse(bookable.isEmpty() ? null : bookable.get(0));
        if (casey == null) {
            return;
        }
        course(desk, location, casey, priya.get().id());
        List<Client> others = bookable.stream().filter(c -> !c.id().equals(casey.id())).toList();
        if (!others.isEmpty()) {
            waitlisted(desk, location, others.get(0), others);
        }
    }

    /** Six weekly sessions at 18:00 with Priya on a weekday after today, the first three weeks before (three done). */
    private void course(ReliefDeskUser desk, Location location, Client casey, java.util.UUID priya) {
        if (seeded("course")) {
            return;
        }
        LocalDate next = LocalDate.now(clock.withZone(location.zone())).plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        LocalDate first = next.minusWeeks(3);
        var service = services.find("MEDICAL_MASSAGE_60").orElseThrow();
        long start = ZonedDateTime.of(first, LocalTime.of(18, 0), location.zone()).toEpochSecond();
        Ask ask = new Ask(casey, location, service, start, priya, desk.id());
        try {
            var pattern = new Courses.Pattern(6, 7, null);
            courses.bookAll(ask, requirements.of(service, casey.id()), gate.statusOf(casey.id()), pattern,
                    Courses.starts(ask, pattern));
        } catch (ConflictException | RuleViolationException e) {
            log.info("Demo course not booked: {}", e.getMessage());
        }
    }

    /**
     * The client waits for a day on which another client has a session; the front desk cancels that
     * session (the client phoned), and the freed time is offered to the waiting client.
     */
    private void waitlisted(ReliefDeskUser desk, Location location, Client waiting, List<Client> others) {
        if (seeded("waitlist_entry")) {
            return;
        }
        Instant soon = clock.instant().plusSeconds(36 * 3600L);
        Optional<Booking> toCancel = others.stream().filter(c -> !c.id().equals(waiting.id()))
                .flatMap(c -> bookings.list(new Bookings.Filter(soon, null, location.id(), null, c.id(),
                        BookingStatus.BOOKED), PageParams.of(0, 5)).items().stream())
                .filter(b -> free(waiting, b))
                .findFirst();
        LocalDate day = toCancel.map(b -> b.localStart().toLocalDate())
                .orElse(LocalDate.now(clock.withZone(location.zone())).plusDays(2));
        waitlist.join(desk, new Waitlist.JoinRequest(waiting.id().toString(), location.id().toString(),
                "MEDICAL_MASSAGE_60", day.toString(), null));
        toCancel.ifPresent(b -> changes.cancel(b.id(), desk, CancelReason.CLIENT_REQUEST, "Demo: the client phoned to cancel"));
    }

    /** The waiting client has nothing booked at that booking's time (so the offer can go to them). */
    private boolean free(Client waiting, Booking booking) {
        return bookings.list(new Bookings.Filter(booking.start(), booking.end(), null, null, waiting.id(),
                BookingStatus.BOOKED), PageParams.of(0, 1)).total() == 0;
    }

    /** Whether the demo location already has rows in this table (seeding twice adds nothing). */
    private boolean seeded(String table) {
        return jdbc.sql("select exists (select 1 from " + table + " t join location l on l.id = t.location_id"
                + " where l.name = :name)").param("name", SchedulingDemoData.LOCATION).query(Boolean.class).single();
    }

    private ReliefDeskUser user(String email) {
        return accounts.findByEmail(email)
                .map(a -> new ReliefDeskUser(a.id(), a.email(), a.fullName(), a.role(), null)).orElse(null);
    }
}
