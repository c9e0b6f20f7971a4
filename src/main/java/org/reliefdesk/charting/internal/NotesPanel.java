package org.reliefdesk.charting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.springframework.stereotype.Component;

/** The client page's list of attended sessions with their note's state, for therapists and admins. */
@Component
class NotesPanel implements ClientPanel {

    private final Bookings bookings;
    private final NoteStore store;
    private final Clock clock;

    NotesPanel(Bookings bookings, NoteStore store, Clock clock) {
        this.bookings = bookings;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isClinician()) {
            return Optional.empty();
        }
        List<Session> sessions = new ArrayList<>();
        for (Booking b : bookings.attended(client.id(), clock.instant())) {
            sessions.add(0, new Session(b, store.ofBooking(b.id()).map(SessionNote::status).orElse(null)));
        }
        return Optional.of(new Panel("charting/panel", Map.of("sessions", sessions)));
    }

    /** An attended session and its note's status (null: no note yet). */
    record Session(Booking booking, String noteStatus) {
    }
}
