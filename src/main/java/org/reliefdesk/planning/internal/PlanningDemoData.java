package org.reliefdesk.planning.internal;

import java.util.Optional;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo plans: every demo client whose screening allows a plan gets one proposed by the demo
 * therapist (each in the client's language); the demo client who signs in (client@) and every second other one
 * accept theirs; Lucía's (lucia@, Spanish) waits for her to read and accept it.
 * Clients who already have a plan are left alone, so running twice adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class PlanningDemoData implements DemoSeeder {

    static final String THERAPIST = "therapist@demo.reliefdesk.local";
    static final String SIGNING_CLIENT = "client@demo.reliefdesk.local";
    static final String READING_CLIENT = "lucia@demo.reliefdesk.local";

    private final SessionPlans plans;
    private final PlanStore store;
    private final ClientRecords records;
    private final Clients clients;
    private final Accounts accounts;

    PlanningDemoData(SessionPlans plans, PlanStore store, ClientRecords records, Clients clients, Accounts accounts) {
        this.plans = plans;
        this.store = store;
        this.records = records;
        this.clients = clients;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        Optional<ReliefDeskUser> therapist = user(THERAPIST);
        if (therapist.isEmpty()) {
            return;
        }
        int seeded = 0;
        for (Client client : clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items()) {
            if (store.newest(client.id()).isPresent() || !allowsPlan(client)) {
                continue;
            }
            SessionPlan plan = plans.propose(client.id(), SessionPlans.DEFAULT_SERVICE, therapist.get());
            if (client.email().equalsIgnoreCase(READING_CLIENT)) {
                continue; // proposed in Spanish, her language; she reads it and accepts it herself
            }
            if (client.email().equalsIgnoreCase(SIGNING_CLIENT) || seeded % 2 == 1) {
                user(client.email()).ifPresent(u -> plans.accept(plan.id(), client.fullName(), plan.version(), u));
            }
            seeded++;
        }
    }

    private boolean allowsPlan(Client client) {
        return records.latest(client.id()).map(l -> l.context().screening().allowsMassage()).orElse(false);
    }

    private Optional<ReliefDeskUser> user(String email) {
        return accounts.findByEmail(email).map(PlanningDemoData::user);
    }

    private static ReliefDeskUser user(UserAccount account) {
        return new ReliefDeskUser(account.id(), account.email(), account.fullName(), account.role(), null);
    }
}
