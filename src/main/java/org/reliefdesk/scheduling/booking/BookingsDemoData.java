package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;

/**
 * Bookings for every demo client the screening gate allows: a weekly session each (six weeks back,
 * so that the outcomes have a course old enough to compare, and three ahead), at a time of day
 * that differs per client, with any therapist.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
public class BookingsDemoData implements DemoSeeder {

    private static final int WEEKS_BACK = 6;
    private static final int WEEKS_AHEAD = 3;
    private final Booker booker;
    private final Bookings bookings;
    private final Clients clients;
    private final Accounts accounts;
    private final Locations locations;
    private final ScreeningGate gate;
    private final Clock clock;

    public BookingsDemoData(Booker booker, Bookings bookings, Clients clients, Accounts accounts, Locations locations,
            ScreeningGate gate, Clock clock) {
        this.booker = booker;
        this.bookings = bookings;
        this.clients = clients;
        this.accounts = accounts;
        this.locations = locations;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        Location location = locations.all().stream().filter(l -> l.name().equals(SchedulingDemoData.LOCATION))
                .findFirst().orElse(null);
        var admin = accounts.findByEmail("admin@demo.reliefdesk.local").orElse(null);
        if (location == null || admin == null) {
            return;
        }
        ReliefDeskUser desk = new ReliefDeskUser(admin.id(), admin.email(), admin.fullName(), admin.role(), null);
        int n = 0;
        for (Client client : clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items()) {
            n++;
            boolean booked = bookings.list(new Bookings.Filter(null, null, null, null, client.id(), null),
                    PageParams.of(0, 1)).total() > 0;
            if (!booked && ScreeningGate.problem(gate.statusOf(client.id())) == null) {
                weekly(desk, location, client, n);
            }
        }
    }

    private void weekly(ReliefDeskUser desk, Location location, Client client, int n) {
        LocalDate today = LocalDate.now(clock.withZone(location.zone()));
        LocalDate first = today.minusWeeks(WEEKS_BACK).plusDays(n % 5);
        for (int week = 0; week <= WEEKS_BACK + WEEKS_AHEAD; week++) {
            LocalDate day = first.plusWeeks(week);
            LocalTime time = LocalTime.of(9, 0).plusMinutes(75L * (n % 6));
            for (int attempt = 0; attempt < 6 && !book(desk, location, client, day, time); attempt++) {
                time = time.plusMinutes(75);
                day = time.isAfter(LocalTime.of(16, 0)) ? day.plusDays(1) : day;
                time = time.isAfter(LocalTime.of(16, 0)) ? LocalTime.of(9, 0) : time;
            }
        }
    }

    private boolean book(ReliefDeskUser desk, Location location, Client client, LocalDate day, LocalTime time) {
        String start = ZonedDateTime.of(day, time, location.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        try {
            booker.book(desk, new BookingRequest(client.id().toString(), location.id().toString(),
                    "MEDICAL_MASSAGE_60", start, null), true);
            return true;
        } catch (ConflictException | RuleViolationException e) {
            return false;
        }
    }
}
