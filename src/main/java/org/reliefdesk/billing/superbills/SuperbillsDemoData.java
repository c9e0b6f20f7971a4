package org.reliefdesk.billing.superbills;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo superbill's parts: the practice's tax id and NPI (when still empty; the NPI passes the Luhn check), and a
 * diagnosis on file, copied from a (fictional) physician's letter by the demo therapist, for the demo client with the
 * most completed sessions (Casey when none has any). Idempotent.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class SuperbillsDemoData implements DemoSeeder {

    static final String THERAPIST = "therapist@demo.reliefdesk.local";
    static final String CASEY = "client@demo.reliefdesk.local";
    private final JdbcClient jdbc;
    private final Clients clients;
    private final Bookings bookings;
    private final Accounts accounts;
    private final Diagnoses diagnoses;
    private final Clock clock;

    SuperbillsDemoData(JdbcClient jdbc, Clients clients, Bookings bookings, Accounts accounts, Diagnoses diagnoses,
            Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.bookings = bookings;
        this.accounts = accounts;
        this.diagnoses = diagnoses;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 94;
    }

    @Override
    public void seed() {
        jdbc.sql("update practice set tax_id = '12-3456789' where id = 1 and tax_id = ''").update();
        jdbc.sql("update practice set npi = '1234567893' where id = 1 and npi = ''").update();
        Optional<Client> client = target();
        var therapist = accounts.findByEmail(THERAPIST);
        if (client.isEmpty() || therapist.isEmpty() || !diagnoses.onFile(client.get().id()).isEmpty()) {
            return;
        }
        var t = therapist.get();
        ReliefDeskUser by = new ReliefDeskUser(t.id(), t.email(), t.fullName(), t.role(), null);
        diagnoses.add(client.get().id(), new NewDiagnosis("G43.009", "Migraine without aura, not intractable",
                "Dr. Mira Patel, MD", LocalDate.now(clock).minusMonths(2).toString()), by);
    }

    /** The demo client who gets the diagnosis: the one with the most completed sessions, else Casey. */
    Optional<Client> target() {
        return withMostCompletedSessions().or(() -> clients.search(CASEY, PageParams.of(0, 1)).items().stream()
                .filter(c -> CASEY.equalsIgnoreCase(c.email())).findFirst());
    }

    private Optional<Client> withMostCompletedSessions() {
        Instant now = clock.instant();
        Map<UUID, Long> completed = bookings.all(new Bookings.Filter(now.minus(365, ChronoUnit.DAYS), now, null, null,
                        null, BookingStatus.COMPLETED)).stream()
                .collect(Collectors.groupingBy(Booking::clientId, Collectors.counting()));
        return completed.entrySet().stream()
                .sorted(Map.Entry.<UUID, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                .map(e -> clients.find(e.getKey()).orElse(null))
                .filter(c -> c != null && c.email() != null && c.email().endsWith("@demo.reliefdesk.local"))
                .findFirst();
    }
}
