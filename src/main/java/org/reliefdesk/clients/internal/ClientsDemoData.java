package org.reliefdesk.clients.internal;

import java.time.LocalDate;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo client who signs in (client@demo.reliefdesk.local). */
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
        if (!accounts.exists("client@demo.reliefdesk.local")) {
            clients.register(new NewClient("client@demo.reliefdesk.local", DEMO_PASSWORD, "Casey Client",
                    LocalDate.of(1988, 4, 12), "+1 207 555 0100"), null);
        }
    }
}
