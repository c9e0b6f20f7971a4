package org.reliefdesk.charting.internal;

import java.time.Clock;
import java.util.List;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** A signed SOAP note for every attended demo session, by its therapist; one records an adverse reaction. */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class ChartingDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ChartingDemoData.class);
    private static final List<TechniqueUsed> USUAL = List.of(new TechniqueUsed("CONSULTATION", null, 5, null),
            new TechniqueUsed("KNEADING", "UPPER_BACK", 12, 3), new TechniqueUsed("TRIGGER_POINT", "SHOULDERS", 15, 3),
            new TechniqueUsed("TRIGGER_POINT", "BACK_OF_HEAD", 10, 2), new TechniqueUsed("STRETCHING", "NECK_BACK", 8, 2),
            new TechniqueUsed("CONSULTATION", null, 10, null));
    private final Clients clients;
    private final Bookings bookings;
    private final Accounts accounts;
    private final NoteStore store;
    private final NoteDesk desk;
    private final Clock clock;

    ChartingDemoData(Clients clients, Bookings bookings, Accounts accounts, NoteStore store, NoteDesk desk,
            Clock clock) {
        this.clients = clients;
        this.bookings = bookings;
        this.accounts = accounts;
        this.store = store;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void seed() {
        for (Client client : clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items()) {
            List<Booking> sessions = bookings.attended(client.id(), clock.instant());
            for (int i = 0; i < sessions.size(); i++) {
                Booking session = sessions.get(i);
                if (store.ofBooking(session.id()).isEmpty()) {
                    try {
                        sign(client, session, i);
                    } catch (RuntimeException e) {
                        log.warn("Demo note for booking {} not written: {}", session.id(), e.getMessage());
                    }
                }
            }
        }
    }

    private void sign(Client client, Booking session, int index) {
        var therapist = accounts.find(session.therapistId()).orElseThrow();
        ReliefDeskUser by = new ReliefDeskUser(therapist.id(), therapist.email(), therapist.fullName(),
                therapist.role(), null);
        int before = Math.max(2, 6 - index / 2);
        boolean sore = client.email().startsWith("sam@") && index == 1;
        List<TechniqueUsed> planned = desk.plannedTechniques(client.id());
        NoteInput note = new NoteInput(
                index == 0 ? "First session. Headaches as described in the intake." : "Since last visit: diary kept.",
                "Active trigger points in the upper trapezius; pressure on them reproduced the temple pain.",
                index == 0 ? "Myofascial contribution likely; no warning signs today." : "Responding to treatment.",
                "Weekly sessions; posture breaks at work; keep the diary.", before, Math.max(0, before - 3), 3,
                planned == null ? USUAL : planned, sore ? "Mild soreness in the neck for a day." : null, null);
        desk.create(session.id(), note, by, new org.reliefdesk.shared.FieldErrors());
        desk.sign(session.id(), by);
    }
}
