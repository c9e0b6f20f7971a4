package org.reliefdesk.scheduling.holds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * A new demo client, Nadia New ({@code new@demo.reliefdesk.local}), who chose a time online and has not
 * answered the intake yet: the front desk sees her hold tomorrow; signing in as her shows the banner.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class HoldsDemoData implements DemoSeeder {

    static final String EMAIL = "new@demo.reliefdesk.local";
    private final Holds holds;
    private final Clients clients;
    private final Accounts accounts;
    private final Locations locations;
    private final Clock clock;

    HoldsDemoData(Holds holds, Clients clients, Accounts accounts, Locations locations, Clock clock) {
        this.holds = holds;
        this.clients = clients;
        this.accounts = accounts;
        this.locations = locations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void seed() {
        Location location = locations.all().stream().filter(l -> l.name().equals(SchedulingDemoData.LOCATION))
                .findFirst().orElse(null);
        if (location == null) {
            return;
        }
        Client client = accounts.findByEmail(EMAIL).flatMap(a -> clients.findByUser(a.id()))
                .orElseGet(() -> clients.register(new NewClient(EMAIL, DEMO_PASSWORD, "Nadia New",
                        LocalDate.of(1992, 4, 17), "+1 207 555 0199"), null));
        if (holds.active(client.id()).isPresent()) {
            return;
        }
        ReliefDeskUser self = accounts.findByEmail(EMAIL).map(a -> new ReliefDeskUser(a.id(), a.email(),
                a.fullName(), a.role(), null)).orElseThrow();
        LocalDate tomorrow = LocalDate.now(clock.withZone(location.zone())).plusDays(1);
        for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(15)) {
            if (hold(self, client, location, ZonedDateTime.of(tomorrow, time, location.zone()))) {
                return;
            }
        }
    }

    private boolean hold(ReliefDeskUser self, Client client, Location location, ZonedDateTime start) {
        try {
            holds.hold(self, new BookingRequest(client.id().toString(), location.id().toString(), "MEDICAL_MASSAGE_60",
                    start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), null, true, null));
            return true;
        } catch (ConflictException | RuleViolationException e) {
            return false;
        }
    }
}
