package org.reliefdesk.clients.internal;

import java.time.LocalDate;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.clients.Clients.ProfileChange;
import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo client who signs in (client@demo.reliefdesk.local), and a second Jordan Lee (no intake yet: a new client
 * the front desk just added) so that the search shows how date of birth and phone tell same names apart, and
 * Lucía Ortega, who reads ReliefDesk in Spanish (her preferredLanguage is "es"; her intake and her plan, proposed in
 * Spanish, come from the screening and planning demo data).
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class ClientsDemoData implements DemoSeeder {

    private final Clients clients;
    private final Accounts accounts;

    ClientsDemoData(Clients clients, Accounts accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        add("client@demo.reliefdesk.local", "Casey Client", LocalDate.of(1988, 4, 12), "+1 207 555 0100");
        add("jordan.lee@demo.reliefdesk.local", "Jordan Lee", LocalDate.of(1966, 10, 3), "+1 207 555 0177");
        Client lucia = add("lucia@demo.reliefdesk.local", "Lucía Ortega", LocalDate.of(1979, 9, 21), "+1 207 555 0123");
        if (lucia != null) {
            clients.update(lucia.id(), new ProfileChange(null, null, null, null, "es"), null);
        }
    }

    /** The new client, or null when the demo already has them. */
    private Client add(String email, String fullName, LocalDate dateOfBirth, String phone) {
        if (!accounts.exists(email)) {
            return clients.register(new NewClient(email, DEMO_PASSWORD, fullName, dateOfBirth, phone), null);
        }
        return null;
    }
}
