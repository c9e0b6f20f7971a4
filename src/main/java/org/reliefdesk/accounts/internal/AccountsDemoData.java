package org.reliefdesk.accounts.internal;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Demo staff (one per role) and the demo practice's details. */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class AccountsDemoData implements DemoSeeder {

    private final Accounts accounts;
    private final Practice practice;

    AccountsDemoData(Accounts accounts, Practice practice) {
        this.accounts = accounts;
        this.practice = practice;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        ensure("admin@demo.reliefdesk.local", "Alex Admin", Role.ADMIN);
        ensure("therapist@demo.reliefdesk.local", "Tara Therapist", Role.THERAPIST);
        ensure("frontdesk@demo.reliefdesk.local", "Frank Frontdesk", Role.FRONT_DESK);
        if (practice.details().name().equals("ReliefDesk practice")) {
            practice.update(new Practice.Details("Harbour Street Medical Massage", "12 Harbour Street, Portland, ME 04101",
                    "+1 207 555 0142", "hello@harbour-massage.example", "https://harbour-massage.example"));
        }
    }

    private void ensure(String email, String name, Role role) {
        if (!accounts.exists(email)) {
            accounts.create(email, DEMO_PASSWORD, name, role);
        }
    }
}
