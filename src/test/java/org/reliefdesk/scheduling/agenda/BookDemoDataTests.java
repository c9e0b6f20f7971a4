package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.scheduling.practice.WorkingHours;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Today's demo book: every session past is completed or a no-show, the one under way checked in; seeded once. */
@IntegrationTest
class BookDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    Booker booker;
    @Autowired
    BookingChanges changes;
    @Autowired
    Bookings bookings;
    @Autowired
    BookReader reader;
    @Autowired
    Requirements requirements;
    @Autowired
    ScreeningGate gate;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    Locations locations;
    @Autowired
    Therapists therapists;
    @Autowired
    WorkingHours hours;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Test
    void todaysBookShowsTheDayAsItWentAndIsSeededOnce() {
        if (!accounts.exists("frontdesk@demo.reliefdesk.local")) {
            Scheduling.admin(port).post("/api/v1/staff", Map.of("email", "frontdesk@demo.reliefdesk.local",
                    "password", org.reliefdesk.shared.DemoSeeder.DEMO_PASSWORD, "fullName", "Demo Desk", "role", "FRONT_DESK"));
        }
        for (String name : List.of("ava", "bo", "cy", "di")) {
            String email = name + "-" + TestData.uniqueEmail("b").substring(0, 10) + "@demo.reliefdesk.local";
            TestScreenings.set(TestData.registerClient(Api.anonymous(port), email), "CLEARED");
        }
        new SchedulingDemoData(locations, therapists, hours, accounts, clock).seed();
        BookDemoData demo = new BookDemoData(booker, changes, bookings, reader, requirements, gate, clients, accounts,
                locations, tx, clock);

        demo.seed();
        List<Booking> first = today();
        demo.seed();

        Instant now = clock.instant();
        assertThat(first).allSatisfy(b -> {
            if (!b.end().isAfter(now)) {
                assertThat(b.status()).isIn(BookingStatus.COMPLETED, BookingStatus.NO_SHOW);
            } else if (!b.start().isAfter(now)) {
                assertThat(b.status()).isEqualTo(BookingStatus.CHECKED_IN);
            } else {
                assertThat(b.status()).isIn(BookingStatus.BOOKED, BookingStatus.CANCELLED);
            }
        });
        if (first.stream().anyMatch(b -> b.status() != BookingStatus.BOOKED && b.status() != BookingStatus.CANCELLED)) {
            assertThat(today()).hasSameSizeAs(first);
        }
        var tara = accounts.findByEmail("therapist@demo.reliefdesk.local").orElseThrow();
        boolean taraWorksToday = !Sheets.open(reader.staffing(demoLocation().id(), now, now).get(tara.id()),
                LocalDate.now(clock.withZone(demoLocation().zone())), demoLocation().zone()).isEmpty();
        assertThat(first.stream().anyMatch(b -> b.therapistId().equals(tara.id()))).isEqualTo(taraWorksToday);
    }

    private Location demoLocation() {
        return locations.all().stream().filter(l -> l.name().equals(SchedulingDemoData.LOCATION)).findFirst()
                .orElseThrow();
    }

    private List<Booking> today() {
        Location place = demoLocation();
        LocalDate day = LocalDate.now(clock.withZone(place.zone()));
        return bookings.all(new Bookings.Filter(day.atStartOfDay(place.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(place.zone()).toInstant(), place.id(), null, null, null));
    }
}
